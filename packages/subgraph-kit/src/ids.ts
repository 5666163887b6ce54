const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from callers are checked before they reach SQL, so a malformed one reads as "not found", not as an error. */
export const isUuid = (value: string): boolean => UUID.test(value);
