import type { Action } from '@lac/access';
import { type SubgraphContext, loadForAction } from '@lac/subgraph-kit';
import type { Child } from './child.entity';
import { childById } from './loaders';

/**
 * The child a write is about, once the policy allows `action` for them; otherwise "Child not found", the same answer
 * as for a child that does not exist (docs/decisions/0012).
 */
export async function childForAction(ctx: SubgraphContext, childId: string, action: Action): Promise<Child> {
  return (
    await loadForAction(
      ctx,
      'Child',
      childId,
      (id) => childById(ctx).load(id),
      (c) => c.id,
      action,
    )
  ).row;
}
