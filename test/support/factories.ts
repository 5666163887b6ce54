import { randomUUID } from 'node:crypto';
import { type Role, grantRelationship, upsertPerson } from '@lac/access';
import {
  allocate,
  type CarePlanDraft,
  recordLegalStatus,
  recordPeriodOfCare,
  recomputeAuthorityReviewSchedule,
  recordReviewHeld,
  registerChild,
  saveCarePlan,
  validateCarePlan,
} from '@lac/care-planning';
import { FamilyRelation, recordFamilyMember } from '@lac/family-contact';
import { createAccount } from '@lac/gateway';
import { endPlacement, Placement, startPlacement } from '@lac/placements';
import type { System } from './system';

export const PASSWORD = 'correct horse battery staple';
export const LA_ID = '0a0a0a0a-0000-4000-8000-00000000000a';

/** Builds fictional people and children through the same domain functions production uses. */
export class World {
  private counter = 0;

  constructor(
    readonly system: System,
    readonly today: string,
  ) {}

  async localAuthority(id = LA_ID, name = 'Fernvale District Council'): Promise<string> {
    await this.system.subgraphs['care-planning'].dataSource.query(
      `INSERT INTO care_planning.local_authorities (id, code, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [id, `LA${id.slice(-4)}`, name],
    );
    return id;
  }

  /** A person with an account; returns the person id and a token. */
  async person(
    role: Role,
    displayName?: string,
    localAuthorityId: string | null = LA_ID,
  ): Promise<{ id: string; username: string; token: () => Promise<string> }> {
    const id = randomUUID();
    const username = `${role}-${++this.counter}-${id.slice(0, 6)}`;
    // The gateway's role only reads `access` (docs/security.md, "Database roles"): fixtures write as the administrator.
    await upsertPerson(this.system.admin.manager, {
      id,
      displayName: displayName ?? `Test ${role} ${this.counter}`,
      role,
      localAuthorityId,
    });
    await createAccount(this.system.gateway.dataSource, { username, password: PASSWORD, personId: id });
    return { id, username, token: () => this.system.signIn(username, PASSWORD) };
  }

  /** A child looked after since `since`, with an IRO and optionally a social worker and a parent with PR. */
  async child(options: Parameters<World['childBorn']>[1] = {}): Promise<string> {
    return this.childBorn('2015-06-15', options);
  }

  /**
   * A child as `child` does, with a chosen date of birth and, when `personId` is given, the young person's own
   * account (the `self` relationship).
   */
  async childBorn(
    dateOfBirth: string,
    options: {
      iro?: string;
      socialWorker?: string;
      parent?: string;
      since?: string;
      givenName?: string;
      personId?: string;
      localAuthorityId?: string;
    } = {},
  ): Promise<string> {
    const ds = this.system.subgraphs['care-planning'].dataSource;
    const since = options.since ?? '2026-01-05';
    const childId = await ds.transaction(async (em) => {
      const child = await registerChild(
        em,
        {
          localAuthorityId: options.localAuthorityId ?? LA_ID,
          givenName: options.givenName ?? `Child${++this.counter}`,
          familyName: 'Testwood',
          dateOfBirth,
          personId: options.personId ?? null,
        },
        this.today,
      );
      await recordPeriodOfCare(em, { childId: child.id, startDate: since }, this.today);
      if (options.iro) await allocate(em, { childId: child.id, role: 'iro', personId: options.iro, from: since });
      if (options.socialWorker) {
        await allocate(em, { childId: child.id, role: 'social_worker', personId: options.socialWorker, from: since });
      }
      return child.id;
    });
    if (options.parent) await this.parentWithResponsibility(childId, options.parent, since);
    return childId;
  }

  /** A young person who signs in to their own record: their account and their child record together. */
  async youngPerson(
    dateOfBirth: string,
    options: {
      iro?: string;
      socialWorker?: string;
      parent?: string;
      since?: string;
      givenName?: string;
      localAuthorityId?: string;
    } = {},
  ): Promise<{ childId: string; person: Awaited<ReturnType<World['person']>> }> {
    const person = await this.person(
      'young_person',
      options.givenName ? `${options.givenName} Testwood` : undefined,
      options.localAuthorityId ?? LA_ID,
    );
    const childId = await this.childBorn(dateOfBirth, { ...options, personId: person.id });
    return { childId, person };
  }

  /**
   * A parent with parental responsibility since `since`, recorded the way family-contact records the family network
   * (it writes the `parent` relationship, care-planning did before: docs/architecture.md#the-shape).
   */
  async parentWithResponsibility(childId: string, personId: string, since: string): Promise<void> {
    await this.system.subgraphs['family-contact'].dataSource.transaction(async (em) => {
      const [person] = await em.query<Array<{ name: string }>>(
        'SELECT display_name AS name FROM access.people WHERE id = $1',
        [personId],
      );
      await recordFamilyMember(
        em,
        {
          childId,
          personId,
          displayName: person?.name ?? 'Parent',
          relation: FamilyRelation.PARENT,
          parentalResponsibilitySince: since,
        },
        this.today,
      );
    });
  }

  /** A new IRO for the child from `from`, ending the previous IRO's allocation and access that day. */
  async reallocateIro(childId: string, iro: string, from: string): Promise<void> {
    await this.system.subgraphs['care-planning'].dataSource.transaction((em) =>
      allocate(em, { childId, role: 'iro', personId: iro, from }),
    );
  }

  /** A legal status (SSDA903 code) from `startDate`; it ends the one before, as recordLegalStatus does. */
  async legalStatus(childId: string, code: string, startDate: string): Promise<void> {
    await this.system.subgraphs['care-planning'].dataSource.transaction((em) =>
      recordLegalStatus(em, { childId, code, startDate }, this.today),
    );
  }

  /** A statutory review held on `heldOn`, recorded by `recordedBy` (a person id, usually the IRO). */
  async reviewHeld(childId: string, heldOn: string, recordedBy: string): Promise<void> {
    await this.system.subgraphs['care-planning'].dataSource.transaction((em) =>
      recordReviewHeld(em, { childId, heldOn, recordedBy }, this.today),
    );
  }

  async place(
    childId: string,
    carerPersonId: string,
    startDate = '2026-02-01',
    line1 = '12 Quillow Lane',
  ): Promise<Placement> {
    return this.system.subgraphs.placements.dataSource.transaction((em) =>
      startPlacement(
        em,
        {
          childId,
          carerPersonId,
          placementType: 'U6',
          startDate,
          address: { line1, line2: null, town: 'Brackenford', postcode: 'ZZ1 4AB' },
        },
        this.today,
      ),
    );
  }

  async endPlacement(placement: Placement, endDate: string): Promise<void> {
    await this.system.subgraphs.placements.dataSource.transaction((em) =>
      endPlacement(em, placement, endDate, this.today),
    );
  }

  /**
   * Saves a new version of the child's care plan through the same validation and transaction as the mutation,
   * from whatever version is current; returns the new version number.
   */
  async carePlan(
    childId: string,
    savedBy: string,
    draft: Partial<Omit<CarePlanDraft, 'expectedVersion'>> = {},
  ): Promise<number> {
    const ds = this.system.subgraphs['care-planning'].dataSource;
    const [head] = await ds.query('SELECT version FROM care_planning.care_plans WHERE child_id = $1', [childId]);
    const content = validateCarePlan({
      expectedVersion: head?.version ?? 0,
      permanencePlan: 'LONG_TERM_FOSTER_CARE',
      actions: [
        { description: 'Match with long-term carers', concerns: 'PERMANENCE', owner: 'Social worker', dueDate: null },
      ],
      arrangements: [{ dimension: 'HEALTH', text: 'Annual health assessment' }],
      ...draft,
    });
    const row = await ds.transaction((em) =>
      saveCarePlan(em, { childId, expectedVersion: head?.version ?? 0, content, savedBy }),
    );
    return row.version_number;
  }

  /** A local authority's own review settings (decision 0005; record timescales); defaults where not given. */
  async localAuthoritySettings(
    localAuthorityId: string,
    settings: {
      additionalReviewRestartsCycle?: boolean;
      decisionsWithinWorkingDays?: number;
      fullRecordWithinWorkingDays?: number;
      iroContactShown?: 'email' | 'phone' | 'both' | 'none';
    },
  ): Promise<void> {
    await this.system.subgraphs['care-planning'].dataSource.query(
      `INSERT INTO care_planning.local_authority_settings
         (local_authority_id, additional_review_restarts_cycle, decisions_within_working_days,
          full_record_within_working_days, iro_contact_shown)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (local_authority_id) DO UPDATE SET additional_review_restarts_cycle = EXCLUDED.additional_review_restarts_cycle,
         decisions_within_working_days = EXCLUDED.decisions_within_working_days,
         full_record_within_working_days = EXCLUDED.full_record_within_working_days,
         iro_contact_shown = EXCLUDED.iro_contact_shown`,
      [
        localAuthorityId,
        settings.additionalReviewRestartsCycle ?? false,
        settings.decisionsWithinWorkingDays ?? 5,
        settings.fullRecordWithinWorkingDays ?? 20,
        settings.iroContactShown ?? 'none',
      ],
    );
    // Written around saveSettings, so the stored next reviews follow here as saveSettings would make them.
    await recomputeAuthorityReviewSchedule(this.system.subgraphs['care-planning'].dataSource.manager, localAuthorityId);
  }

  /** A person's work email and phone (fictional: example domains, Ofcom drama numbers). */
  async workContact(personId: string, contact: { email?: string | null; phone?: string | null }): Promise<void> {
    // The gateway's role only reads `access` (docs/security.md, "Database roles"): fixtures write as the administrator.
    await this.system.admin.query('UPDATE access.people SET work_email = $2, work_phone = $3 WHERE id = $1', [
      personId,
      contact.email ?? null,
      contact.phone ?? null,
    ]);
  }

  /** Gives a child their own account (the young person), with the `self` relationship registerChild would grant. */
  async youngPersonAccount(childId: string, displayName?: string): Promise<Awaited<ReturnType<World['person']>>> {
    const person = await this.person('young_person', displayName);
    await this.system.subgraphs['care-planning'].dataSource.transaction(async (em) => {
      await em.query(`UPDATE care_planning.children SET person_id = $2 WHERE id = $1`, [childId, person.id]);
      await grantRelationship(em, {
        personId: person.id,
        childId,
        kind: 'self',
        from: '2015-06-15',
        source: `care-planning:child:${childId}`,
      });
    });
    return person;
  }
}
