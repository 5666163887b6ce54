/** The portal's own operations (portal-queries.mjs). */
export function portalQuery(file: string, name: string): string;
export const CASELOAD_QUERY: string;
export const CASELOAD_VARIABLES: { first: number; offset: number };
export const CHILD_QUERY: string;
export const OVERSIGHT_QUERY: string;
