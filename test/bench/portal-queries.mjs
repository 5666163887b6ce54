// The portal's own operations, read from its source, so the bench and the scale tests measure exactly what a page
// asks for (and follow it when the page changes) rather than a copy that drifts. Fragments the operation spreads
// are taken from wherever the portal defines them.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const APP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../portal/app');

function documents() {
  const files = readdirSync(APP, { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f) && !f.includes('generated') && !f.includes('.test.'));
  return files.flatMap((f) =>
    [...readFileSync(path.join(APP, f), 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)].map(([, text]) => ({
      file: f,
      text,
    })),
  );
}

/** The text of `query <name>` in a portal route module (path relative to portal/app/routes), with its fragments. */
export function portalQuery(file, name) {
  const all = documents();
  const found = all.find(
    (d) => d.file === path.join('routes', file) && new RegExp(`\\bquery\\s+${name}\\b`).test(d.text),
  );
  if (!found) throw new Error(`portal/app/routes/${file} has no query ${name}`);
  const fragments = new Map();
  for (const d of all) for (const [, f] of d.text.matchAll(/\bfragment\s+(\w+)\s+on\b/g)) fragments.set(f, d.text);
  const parts = [found.text];
  const wanted = (text) => [...text.matchAll(/\.\.\.\s*(\w+)/g)].map(([, f]) => f).filter((f) => fragments.has(f));
  const seen = new Set();
  for (let queue = wanted(found.text); queue.length > 0;) {
    const f = queue.shift();
    if (seen.has(f)) continue;
    seen.add(f);
    parts.push(fragments.get(f));
    queue.push(...wanted(fragments.get(f)));
  }
  return parts.join('\n');
}

/** The caseload page's query: the whole caseload in one page (caseload.tsx asks for 100 and triages it itself). */
export const CASELOAD_QUERY = portalQuery('caseload/caseload.tsx', 'Caseload');
export const CASELOAD_VARIABLES = { first: 100, offset: 0 };
/** The child page's query. */
export const CHILD_QUERY = portalQuery('children/child.tsx', 'Child');
/** The IRO manager's oversight page's query. */
export const OVERSIGHT_QUERY = portalQuery('oversight/oversight.tsx', 'Oversight');
