/** The floor statement (floor.mjs): $1 the IRO's person id, $2 today, $3 English bank holidays. */
export const FLOOR_SQL: string;
export function bankHolidayDates(today: string): string[];
export function floorParams(personId: string, today: string): [string, string, string[]];
