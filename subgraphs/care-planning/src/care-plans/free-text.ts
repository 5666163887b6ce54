import { type FreeTextField, readersOf } from '@lac/access';
import { type SubgraphContext, redactFreeText } from '@lac/subgraph-kit';
import type { CarePlanVersion } from './care-plan.types';
import type { CarePlanContent, Dimension } from './content';

const dimensionWords = (d: Dimension) => `the ${d.toLowerCase().replace(/_/g, ' ')} arrangements`;

/**
 * The care plan's free text and who in the family reads it, from the labels on CarePlanVersion: the actions are
 * `care_plan` (a parent, the young person), the arrangements `care_plan_arrangements` (and the carer).
 */
export function carePlanFreeText(content: CarePlanContent): FreeTextField[] {
  const plan = readersOf('care_plan');
  const arrangements = readersOf('care_plan_arrangements');
  return [
    ...content.actions.flatMap((a, i) => [
      { field: `actions.${i}.description`, name: `action ${i + 1}`, text: a.description, readers: plan },
      { field: `actions.${i}.owner`, name: `who owns action ${i + 1}`, text: a.owner, readers: plan },
    ]),
    ...Object.entries(content.arrangements).map(([dimension, text]) => ({
      field: `arrangements.${dimension}`,
      name: dimensionWords(dimension as Dimension),
      text,
      readers: arrangements,
    })),
  ];
}

/** Every version as the caller may read it: text saved before the screen is redacted (docs/security.md). */
export async function redactCarePlan(ctx: SubgraphContext, version: CarePlanVersion): Promise<CarePlanVersion> {
  const redact = (text: string | null) => redactFreeText(ctx, version.childId, text);
  version.actions = await Promise.all(
    version.actions.map(async (a) => ({
      ...a,
      description: (await redact(a.description)) ?? '',
      owner: (await redact(a.owner)) ?? '',
    })),
  );
  version.arrangements = await Promise.all(
    version.arrangements.map(async (a) => ({ ...a, text: await redact(a.text) })),
  );
  return version;
}
