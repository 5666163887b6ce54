/** The first error for a field, for the component beside it; client-safe, so page components can use it. */
export function fieldError(
  errors: ReadonlyArray<{ field: string; text: string }> | undefined,
  field: string,
): string | undefined {
  return errors?.find((e) => e.field === field)?.text;
}
