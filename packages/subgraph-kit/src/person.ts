import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { SubgraphContext } from './context';
import { byKey } from './loaders';

/**
 * A professional or family member, as named in the access directory. Every subgraph may return one (`@shareable`),
 * so it lives here once rather than as a copy per subgraph that could drift from the others.
 */
@ObjectType()
@Directive('@shareable')
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

/** People by id from `access.people`, every id asked for in one tick in one statement; `null` for an unknown id. */
export function personById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Person | null>('Person', async (ids) => {
    const rows: Array<{ id: string; display_name: string }> = await ctx.db.query(
      'SELECT id, display_name FROM access.people WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return byKey(ids, rows, (r) => r.id).map((r) =>
      r ? Object.assign(new Person(), { id: r.id, displayName: r.display_name }) : null,
    );
  });
}
