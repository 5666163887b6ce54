/** The hidden field carrying the page's form key (idempotency-key.server.ts): one record per form, however often sent. */
export function IdempotencyKeyInput({ value }: { value: string }) {
  return <input type="hidden" name="idempotencyKey" value={value} />;
}
