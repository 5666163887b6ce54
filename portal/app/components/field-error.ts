/** The first error for a field, for the component beside it (the client-safe twin of forms.server's errorFor). */
export function fieldError(errors: ReadonlyArray<{ field: string; text: string }> | undefined, field: string): string | undefined {
  return errors?.find((e) => e.field === field)?.text;
}
