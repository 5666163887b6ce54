import { type SubgraphContext, byKey } from '@lac/subgraph-kit';
import { In, IsNull } from 'typeorm';
import { Person } from './person.type';
import { Placement } from './placement.entity';

export function currentPlacementByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Placement | null>('Placement.current', async (ids) =>
    byKey(ids, await ctx.db.getRepository(Placement).findBy({ childId: In([...ids]), endDate: IsNull() }), (p) => p.childId),
  );
}

export function personById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Person | null>('Person', async (ids) => {
    const rows: Array<{ id: string; display_name: string }> = await ctx.db.query(
      'SELECT id, display_name FROM access.people WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return byKey(ids, rows, (r) => r.id).map((r) => (r ? Object.assign(new Person(), { id: r.id, displayName: r.display_name }) : null));
  });
}
