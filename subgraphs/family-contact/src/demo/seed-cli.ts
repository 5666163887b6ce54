import { runSeedMain } from '@lac/subgraph-kit';
import { definition } from '../subgraph';
import { seedFamilyContact } from './seed';

/** `DATABASE_URL=… node dist/demo/seed-cli.js`: migrates the family_contact schema and seeds the demo family. */
runSeedMain(definition, async (dataSource, authority) => {
  const r = await seedFamilyContact(dataSource, authority);
  return r.seeded
    ? `recorded ${r.parentsRecorded} parents; seeded ${r.arrangements} contact arrangements, ${r.sessions} sessions`
    : 'demo family network already present, nothing to do';
});
