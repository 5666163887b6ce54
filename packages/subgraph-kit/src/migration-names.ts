/**
 * Migrations from 2026-11-30 on are named by date and slug: the file `2026-11-30-placement-plans.ts` holds the
 * class `PlacementPlans1796000000000`. The date says when, the slug says what (one change per migration), and the
 * class keeps the 13-digit timestamp TypeORM orders by, taken from the same date so the two cannot disagree.
 * Older migrations keep their names: TypeORM records the class name in every database that ran them.
 */
const FILE = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.ts$/;

/** The class name a dated migration file must declare, e.g. `2026-11-30-placement-plans.ts` → `PlacementPlans17964…`. */
export function migrationClassName(fileName: string, timestamp: number): string {
  const match = FILE.exec(fileName);
  if (!match) throw new Error(`${fileName} is not named YYYY-MM-DD-slug.ts`);
  const [, date, slug] = match;
  if (new Date(timestamp).toISOString().slice(0, 10) !== date) {
    throw new Error(`${fileName}: timestamp ${timestamp} is not on ${date}`);
  }
  const pascal = slug
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  return `${pascal}${timestamp}`;
}

/** The file name for a new migration made today: `migrationFileName('Placement plans', new Date())`. */
export function migrationFileName(what: string, on: Date): string {
  const slug = what
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (!slug) throw new Error('A migration needs a slug saying what it changes');
  return `${on.toISOString().slice(0, 10)}-${slug}.ts`;
}
