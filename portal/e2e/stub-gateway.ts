import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the gateway that answers the portal's operations from fixtures, by operation name. It follows
 * the contract the portal is written against (POST /auth/token, POST /graphql with a bearer token); once the real
 * gateway is on main, the browser suite should run against it with seeded data instead.
 */

type Role = 'IRO' | 'PARENT' | 'FOSTER_CARER';
interface User { id: string; displayName: string; role: Role; password: string; behaviour?: 'broken' | 'revoked' }

export const USERS: Record<string, User> = {
  iris: { id: 'iro-1', displayName: 'Iris Reviewer', role: 'IRO', password: 'correct horse' },
  pat: { id: 'parent-1', displayName: 'Pat Parent', role: 'PARENT', password: 'correct horse' },
  fran: { id: 'carer-1', displayName: 'Fran Carer', role: 'FOSTER_CARER', password: 'correct horse' },
  broken: { id: 'iro-2', displayName: 'Bea Broken', role: 'IRO', password: 'correct horse', behaviour: 'broken' },
  revoked: { id: 'iro-3', displayName: 'Rex Revoked', role: 'IRO', password: 'correct horse', behaviour: 'revoked' },
};

const STATUSES = ['OVERDUE', 'DUE_SOON', 'ON_TRACK'] as const;
const GIVEN = ['Amara', 'Ben', 'Chloe', 'Dev', 'Ella', 'Finn'];
const FAMILY = ['Smith', 'Jones', 'Patel', 'Khan', 'Brown'];

export const CHILDREN = Array.from({ length: 30 }, (_, i) => {
  const n = i + 1;
  return {
    id: `c-${n}`,
    givenName: GIVEN[i % GIVEN.length]!,
    familyName: FAMILY[i % FAMILY.length]!,
    dateOfBirth: `201${i % 10}-0${(i % 9) + 1}-1${i % 10}`,
    nextReview: n === 30 ? null : {
      dueBy: `2025-02-0${(i % 9) + 1}`,
      latestWorkingDay: `2025-02-0${(i % 9) + 1}`,
      status: STATUSES[i % 3]!,
      kind: 'SUBSEQUENT',
      basis: 'Care Planning Regulations 2010, reg. 33(1)(c): within 6 months of the previous review.',
    },
  };
});

function childRecord(id: string, user: User) {
  const base = CHILDREN.find((c) => c.id === id);
  if (!base) return null;
  const relationship = user.role === 'IRO' ? 'IRO' : user.role === 'PARENT' ? 'PARENT' : 'CARER';
  if (user.role !== 'IRO' && id !== 'c-1') return null; // no relationship looks like no child
  return {
    ...base,
    relationship,
    localAuthority: { id: 'la-1', name: 'Northshire County Council' },
    iro: { id: 'iro-1', displayName: 'Iris Reviewer' },
    socialWorker: id === 'c-2' ? null : { id: 'sw-1', displayName: 'Sam Social' },
    periodsOfCare: [{ id: 'p-1', startDate: '2023-04-01', endDate: null }],
    legalStatuses: [
      { id: 'ls-1', code: 'V2', description: 'Single period of accommodation under section 20', startDate: '2023-04-01', endDate: '2023-09-01' },
      { id: 'ls-2', code: 'C2', description: 'Full care order', startDate: '2023-09-02', endDate: null },
    ],
    reviews: [{ id: 'r-2', heldOn: '2024-08-01' }, { id: 'r-1', heldOn: '2024-02-01' }],
    currentPlacement: {
      id: 'pl-1',
      startDate: '2023-09-02',
      endDate: null,
      placementType: 'U1',
      placementTypeDescription: 'Foster placement with relative or friend – long term fostering',
      carer: { id: 'carer-1', displayName: 'Fran Carer' },
      // The graph redacts the address for a birth parent.
      address: user.role === 'PARENT' ? null : { line1: '1 Secret Lane', line2: null, town: 'Hiddenton', postcode: 'HT1 1AA' },
    },
  };
}

export interface StubGateway {
  url: string;
  /** X-Forwarded-For values seen on /auth/token */
  forwardedFor: Array<string | undefined>;
  operations: string[];
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return null;
  }
}

export async function startStubGateway(): Promise<StubGateway> {
  const tokens = new Map<string, User>();
  const forwardedFor: Array<string | undefined> = [];
  const operations: string[] = [];
  let counter = 0;

  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const body = await readJson(req);
    if (req.method === 'POST' && req.url === '/auth/token') {
      forwardedFor.push(req.headers['x-forwarded-for'] as string | undefined);
      if (!body || typeof body.username !== 'string' || typeof body.password !== 'string') return send(400, { error: 'invalid_request' });
      if (body.username === 'locked') return send(429, { error: 'too_many_attempts' });
      const user = USERS[body.username];
      if (!user || user.password !== body.password) return send(401, { error: 'invalid_grant' });
      const token = `t${(counter += 1)}-${body.username}`;
      tokens.set(token, user);
      return send(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });
    }
    if (req.method === 'POST' && req.url === '/graphql') {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const user = token ? tokens.get(token) : undefined;
      if (!user) return send(401, { errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
      const op = /^\s*query\s+(\w+)/.exec(body?.query ?? '')?.[1] ?? 'anonymous';
      operations.push(op);
      const vars = body?.variables ?? {};
      if (op === 'Me') return send(200, { data: { me: { id: user.id, displayName: user.displayName, role: user.role } } });
      if (user.behaviour === 'revoked') return send(401, { errors: [{ message: 'Token revoked' }] });
      if (user.behaviour === 'broken') {
        return send(200, { data: null, errors: [{ message: 'Error: connect ECONNREFUSED 10.0.0.7:4001 at TCPConnectWrap', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      }
      const page = <T,>(all: T[]) => ({ totalCount: all.length, items: all.slice(vars.offset ?? 0, (vars.offset ?? 0) + (vars.first ?? 50)) });
      if (op === 'Caseload') {
        return send(200, { data: { me: { caseload: page(user.role === 'IRO' ? CHILDREN : []) } } });
      }
      if (op === 'Children') {
        const mine = user.role === 'IRO' ? CHILDREN : CHILDREN.slice(0, 1);
        return send(200, {
          data: { children: page(mine.map((c) => ({ ...c, relationship: user.role === 'IRO' ? 'IRO' : user.role === 'PARENT' ? 'PARENT' : 'CARER' }))) },
        });
      }
      if (op === 'Child') {
        const child = childRecord(String(vars.id), user);
        if (child && vars.id === 'c-3') {
          // The placements subgraph is down for this child: the rest of the page still stands.
          return send(200, {
            data: { child: { ...child, currentPlacement: null } },
            errors: [{ message: 'Subgraph unavailable', path: ['child', 'currentPlacement'] }],
          });
        }
        return send(200, { data: { child } });
      }
      return send(400, { errors: [{ message: `Unknown operation ${op}`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    }
    send(404, { error: 'not_found' });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forwardedFor,
    operations,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
