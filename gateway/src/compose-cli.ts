import { writeFileSync } from 'node:fs';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, composeApiSchema, composeSupergraph } from './graph/compose';

writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
console.log(`wrote ${SUPERGRAPH_PATH}`);
writeFileSync(API_SCHEMA_PATH, composeApiSchema());
console.log(`wrote ${API_SCHEMA_PATH}`);
