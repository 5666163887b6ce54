import type { EntityManager } from 'typeorm';
import type { ChildRelationship, Role } from './actor';
import type { StoredRelationshipKind } from './relationships';
import { AccessSchema1795000000000 } from './migrations/1795000000000-AccessSchema';
import { AuditSchema1795000000001 } from './migrations/1795000000001-AuditSchema';
import { PeopleWorkContact1795996800100 } from './migrations/2026-11-30-people-work-contact';
import { AuditDeniedReads1795996801000 } from './migrations/2026-11-30-audit-denied-reads';
import { AuditHashChain1795996802600 } from './migrations/2026-11-30-audit-hash-chain';
import { AuditReadsPerChild1795996802700 } from './migrations/2026-11-30-audit-reads-per-child';
import { AuditReadsByMonth1795996802800 } from './migrations/2026-11-30-audit-reads-by-month';
import { ConfidentialFacts1795996807300 } from './migrations/2026-11-30-confidential-facts';
import { AuditChainHead1796100000100 } from './migrations/2026-12-01-audit-chain-head';
import { AuditAppend1796100000300 } from './migrations/2026-12-01-audit-append';
import { AuditReadsDropIdIndex1796100000400 } from './migrations/2026-12-01-audit-reads-drop-id-index';
import { AuditAppendGroups1796100000700 } from './migrations/2026-12-01-audit-append-groups';

/** Shared schemas every service needs; run under the kit's migration lock so concurrent starts are safe. */
export const PLATFORM_MIGRATIONS = [
  AccessSchema1795000000000,
  AuditSchema1795000000001,
  PeopleWorkContact1795996800100,
  AuditDeniedReads1795996801000,
  AuditHashChain1795996802600,
  AuditReadsPerChild1795996802700,
  AuditReadsByMonth1795996802800,
  ConfidentialFacts1795996807300,
  AuditChainHead1796100000100,
  AuditAppend1796100000300,
  AuditReadsDropIdIndex1796100000400,
  AuditAppendGroups1796100000700,
];

export interface Grant {
  personId: string;
  childId: string;
  kind: StoredRelationshipKind;
  from: string;
  /** The fact that creates the relationship, e.g. `care-planning:allocation:<id>`; ending the fact ends it. */
  source: string;
}

/** Call inside the transaction that records the fact, so the fact and the access it grants land together. */
export async function grantRelationship(em: EntityManager, grant: Grant): Promise<void> {
  await em.query(
    `INSERT INTO access.relationships (person_id, child_id, kind, valid_from, source) VALUES ($1, $2, $3, $4, $5)`,
    [grant.personId, grant.childId, grant.kind, grant.from, grant.source],
  );
}

export async function endRelationships(em: EntityManager, source: string, on: string): Promise<void> {
  await em.query(
    `UPDATE access.relationships SET valid_to = GREATEST($2::date, valid_from) WHERE source = $1 AND valid_to IS NULL`,
    [source, on],
  );
}

export async function registerChild(em: EntityManager, childId: string, localAuthorityId: string): Promise<void> {
  await em.query(
    `INSERT INTO access.children (child_id, local_authority_id) VALUES ($1, $2)
     ON CONFLICT (child_id) DO UPDATE SET local_authority_id = EXCLUDED.local_authority_id`,
    [childId, localAuthorityId],
  );
}

export interface PersonRecord {
  id: string;
  displayName: string;
  role: Role;
  localAuthorityId: string | null;
  /** Work contact details, where a family may be told them (the IRO's: docs/domain.md#who-sees-what). */
  workEmail?: string | null;
  workPhone?: string | null;
}

export async function upsertPerson(em: EntityManager, person: PersonRecord): Promise<void> {
  await em.query(
    `INSERT INTO access.people (id, display_name, role, local_authority_id, work_email, work_phone)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name, role = EXCLUDED.role,
       local_authority_id = EXCLUDED.local_authority_id, work_email = EXCLUDED.work_email,
       work_phone = EXCLUDED.work_phone`,
    [
      person.id,
      person.displayName,
      person.role,
      person.localAuthorityId,
      person.workEmail ?? null,
      person.workPhone ?? null,
    ],
  );
}

/** Relationships in force on `today`: started on or before it and not ended by it. */
export async function liveRelationships(
  em: Pick<EntityManager, 'query'>,
  personId: string,
  today: string,
): Promise<ChildRelationship[]> {
  const rows: Array<{ child_id: string; kind: StoredRelationshipKind }> = await em.query(
    `SELECT DISTINCT child_id, kind FROM access.relationships
      WHERE person_id = $1 AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to > $2::date)`,
    [personId, today],
  );
  return rows.map((r) => ({ childId: r.child_id, kind: r.kind }));
}
