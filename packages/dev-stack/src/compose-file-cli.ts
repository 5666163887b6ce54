import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeFile } from './compose-file';
import { defaultRoot } from './layout';

/** `pnpm compose:file`: rewrites docker-compose.yml from the registry. */
const target = path.join(defaultRoot(), 'docker-compose.yml');
writeFileSync(target, composeFile());
console.log(`wrote ${target}`);
