import type { SensitiveLabel } from '@lac/access';
import { Authorized, type AuthCheckerInterface, type ResolverData } from 'type-graphql';
import type { SubgraphContext } from './context';

/** An object that carries a sensitive field must say whose child it is about and whose record it is. */
export interface SensitiveSubject {
  childId: string;
  ownerPersonId?: string | null;
}

/**
 * Marks a field with a sensitivity label from the access policy. A caller who may not see it gets `null`, which
 * reads exactly like a record without that field.
 */
export const Sensitive = (label: SensitiveLabel): MethodDecorator & PropertyDecorator => Authorized(label);

export class SensitiveFieldChecker implements AuthCheckerInterface<SubgraphContext, SensitiveLabel> {
  async check({ root, context, info }: ResolverData<SubgraphContext>, labels: SensitiveLabel[]): Promise<boolean> {
    const subject = root as Partial<SensitiveSubject> | undefined;
    if (!subject?.childId) return false;
    for (const label of labels) {
      const what = `${info.parentType.name}.${info.fieldName}`;
      if (!(await context.access.readSensitive(subject.childId, label, what, subject.ownerPersonId ?? null))) {
        return false;
      }
    }
    return true;
  }
}
