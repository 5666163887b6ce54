// The one axe finding the browser suites let through, kept apart so its test can pin it down.

export interface AxeNode {
  html: string;
  all?: Array<{ data?: unknown }>;
  any?: Array<{ data?: unknown }>;
  none?: Array<{ data?: unknown }>;
}

/**
 * GOV.UK Frontend's conditional reveal sets aria-expanded on a radio or checkbox that controls revealed content.
 * ARIA does not list it for those roles, so axe flags it; the Design System keeps it on purpose because screen
 * readers announce it (a documented known issue: alphagov/govuk-frontend#979). Only that exact case is let
 * through: a GOV.UK radios/checkboxes input controlling a `conditional-…` block, failing on aria-expanded alone.
 */
export function isKnownReveal(node: AxeNode): boolean {
  if (!/^<input class="govuk-(radios|checkboxes)__input"[^>]*aria-controls="conditional-/.test(node.html)) return false;
  // A check's data is the attribute list itself, or (newer axe) { messageKey, values }.
  const failing = [...(node.all ?? []), ...(node.any ?? []), ...(node.none ?? [])].flatMap((c) => {
    const data = c.data as { values?: unknown } | unknown[] | undefined;
    if (Array.isArray(data)) return data;
    return data && typeof data === 'object' && Array.isArray(data.values) ? (data.values as unknown[]) : [data];
  });
  return failing.length > 0 && failing.every((d) => typeof d === 'string' && /^aria-expanded="(true|false)"$/.test(d));
}
