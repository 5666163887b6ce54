import { randomUUID } from 'node:crypto';
import type { Actor } from '@lac/access';
import type { DataSource } from 'typeorm';
import { AuditTrail } from './audit';
import { AccessGuard } from './guard';
import { Loaders } from './loaders';

/** What every resolver receives: who is asking, the policy bound to them, per-request loaders and the audit. */
export interface SubgraphContext {
  actor: Actor;
  access: AccessGuard;
  loaders: Loaders;
  audit: AuditTrail;
  db: DataSource;
  /** The date in England for this request, so every rule in one request sees the same day. */
  today: string;
  requestId: string;
}

export function createContext(options: {
  subgraph: string;
  actor: Actor;
  db: DataSource;
  today: string;
  requestId?: string;
}): SubgraphContext {
  const requestId = options.requestId ?? randomUUID();
  const loaders = new Loaders();
  const audit = new AuditTrail(options.subgraph, options.actor.personId, requestId);
  return {
    actor: options.actor,
    access: new AccessGuard(options.actor, loaders, options.db, audit),
    loaders,
    audit,
    db: options.db,
    today: options.today,
    requestId,
  };
}
