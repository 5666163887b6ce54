import type { EntityManager } from 'typeorm';
import type { Child } from '../children/child.entity';
import type { ReviewInvitation } from './review-invitation.entity';

type Invitee = Pick<ReviewInvitation, 'personId' | 'name' | 'role' | 'hasAccount'>;

const ROLE_ORDER = ['child', 'parent', 'carer', 'social_worker', 'advocate', 'guardian'];

/**
 * The people around the child on `today`: the child (always), each parent with parental responsibility, and
 * whoever holds a live carer, social worker, advocate or guardian relationship. People in the access directory
 * can sign in to the portal; the child can only if they have their own account.
 */
export async function peopleAroundChild(em: EntityManager, child: Child, today: string): Promise<Invitee[]> {
  // A parent with parental responsibility holds the live `parent` relationship, whoever recorded it: family-contact
  // owns the family network now and took over care-planning's parents (docs/architecture.md#the-shape).
  const parents: Array<{ person_id: string; display_name: string }> = await em.query(
    `SELECT DISTINCT r.person_id, pe.display_name FROM access.relationships r JOIN access.people pe ON pe.id = r.person_id
      WHERE r.child_id = $1 AND r.kind = 'parent'
        AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to > $2::date)
      ORDER BY pe.display_name`,
    [child.id, today],
  );
  const others: Array<{ person_id: string; kind: string; display_name: string }> = await em.query(
    `SELECT DISTINCT r.person_id, r.kind, pe.display_name FROM access.relationships r JOIN access.people pe ON pe.id = r.person_id
      WHERE r.child_id = $1 AND r.kind IN ('carer', 'social_worker', 'advocate', 'guardian')
        AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to > $2::date)
      ORDER BY pe.display_name`,
    [child.id, today],
  );
  const invitees: Invitee[] = [
    {
      personId: child.personId,
      name: `${child.givenName} ${child.familyName}`,
      role: 'child',
      hasAccount: child.personId !== null,
    },
    ...parents.map((p) => ({ personId: p.person_id, name: p.display_name, role: 'parent', hasAccount: true })),
    ...others.map((o) => ({ personId: o.person_id, name: o.display_name, role: o.kind, hasAccount: true })),
  ];
  return invitees.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}
