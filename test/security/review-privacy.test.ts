import { type Actor, importSigningKey, signInternalToken } from '@lac/access';
import { FamilyRelation, recordFamilyMember } from '@lac/family-contact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, postGraphQL, startSystem, type TypedDocument, withUncheckedVariables } from '../support/system';

const TODAY = '2026-11-23';
const PRIVATE_WORDS = 'I-TOLD-IVO-ALONE-7731';
const CHILD_VIEWS = 'CHILD-VIEWS-5521';
const PARENT_VIEWS = 'PARENT-VIEWS-8812';
const CARER_VIEWS = 'CARER-VIEWS-3390';
const SUMMARY = 'SUMMARY-OF-MEETING-4410';
const DECISION = 'DECISION-TEXT-6672';

let system: System;
let world: World;
let childId: string;
let otherChildId: string;
let reviewId: string;
let otherReviewId: string;
const tokens: Record<'iro' | 'socialWorker' | 'parent' | 'carer' | 'youngPerson' | 'manager', string> = {} as never;
const people: Record<string, string> = {};

type Data = Record<string, any>;
const gql = <R, V>(who: keyof typeof tokens, query: TypedDocument<R, V>, variables?: V) =>
  system.graphql(tokens[who], query, variables);

const VIEWS = graphql(`
  mutation ReviewPrivacyViews($input: ReviewViewsInput!) {
    submitReviewViews(input: $input) {
      role
      views
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Testmoor');
  const socialWorker = await world.person('social_worker', 'Sol Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  const carer = await world.person('foster_carer', 'Cara Testmoor');
  const manager = await world.person('iro_manager', 'Mo Testmoor');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, parent: parent.id, since: '2026-09-07' });
  otherChildId = await world.child({ iro: iro.id, since: '2026-09-07' });
  await world.place(childId, carer.id, '2026-09-07');
  const youngPerson = await world.youngPersonAccount(childId, 'Robin Testwood');
  Object.assign(people, {
    socialWorker: socialWorker.id,
    parent: parent.id,
    carer: carer.id,
    youngPerson: youngPerson.id,
  });
  const [a, b, c, d, e, f] = await Promise.all(
    [iro, socialWorker, parent, carer, youngPerson, manager].map((p) => p.token()),
  );
  Object.assign(tokens, { iro: a, socialWorker: b, parent: c, carer: d, youngPerson: e, manager: f });

  const planned = await gql(
    'iro',
    graphql(`
      mutation ReviewPrivacyScheduleReview($input: ScheduleReviewInput!) {
        scheduleReview(input: $input) {
          id
        }
      }
    `),
    {
      input: { childId, date: TODAY, kind: 'STATUTORY' },
    },
  );
  reviewId = planned.data!.scheduleReview.id;
  const other = await gql(
    'iro',
    graphql(`
      mutation ReviewPrivacyScheduleReview2($input: ScheduleReviewInput!) {
        scheduleReview(input: $input) {
          id
        }
      }
    `),
    {
      input: { childId: otherChildId, date: TODAY, kind: 'STATUTORY' },
    },
  );
  otherReviewId = other.data!.scheduleReview.id;
  for (const [who, views] of [
    ['youngPerson', CHILD_VIEWS],
    ['parent', PARENT_VIEWS],
    ['carer', CARER_VIEWS],
  ] as const) {
    const first = await gql(who, VIEWS, { input: { reviewId, views: `a first draft by ${who}` } });
    expect(first.errors, first.raw).toBeUndefined();
    const res = await gql(who, VIEWS, { input: { reviewId, views } });
    expect(res.errors, res.raw).toBeUndefined();
  }
}, 60_000);

afterAll(() => system?.stop());

const CONSULTATION = graphql(`
  query ReviewPrivacyConsultation($id: ID!, $r: ID!) {
    child(id: $id) {
      review(id: $r) {
        consultation {
          role
          views
          from
        }
      }
    }
  }
`);

describe('consultation before the meeting', () => {
  it('keeps one set of views per person, the latest replacing the earlier', async () => {
    const rows = await system.subgraphs['care-planning'].dataSource.query(
      `SELECT role, views FROM care_planning.review_views WHERE review_id = $1 ORDER BY role`,
      [reviewId],
    );
    expect(rows).toEqual([
      { role: 'carer', views: CARER_VIEWS },
      { role: 'parent', views: PARENT_VIEWS },
      { role: 'self', views: CHILD_VIEWS },
    ]);
  });

  it.each([
    ['youngPerson', ['CHILD']],
    ['parent', ['PARENT']],
    ['carer', ['CARER']],
    ['socialWorker', ['PARENT', 'CARER']],
    ['iro', ['CHILD', 'PARENT', 'CARER']],
    ['manager', []],
  ] as const)('shows %s only %j', async (who, roles) => {
    const res = await gql(who, CONSULTATION, { id: childId, r: reviewId });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data?.child!.review!.consultation.map((v: Data) => v.role).sort()).toEqual([...roles].sort());
  });

  it('refuses views from anyone but the young person, a parent with PR and the carer, as for an unknown review', async () => {
    const forbidden = await gql('socialWorker', VIEWS, { input: { reviewId, views: 'x' } });
    const unknown = await gql('socialWorker', VIEWS, {
      input: { reviewId: '5b5b5b5b-0000-4000-8000-000000000000', views: 'x' },
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(forbidden.raw).toBe(unknown.raw);
    const otherChild = await gql('parent', VIEWS, { input: { reviewId: otherReviewId, views: 'x' } });
    const unknownForParent = await gql('parent', VIEWS, {
      input: { reviewId: '5b5b5b5b-0000-4000-8000-000000000000', views: 'x' },
    });
    expect(otherChild.raw).toBe(unknownForParent.raw);
  });
});

describe('after the meeting', () => {
  beforeAll(async () => {
    const res = await gql(
      'iro',
      graphql(`
        mutation ReviewPrivacyRecordReviewMeeting($input: ReviewMeetingInput!) {
          recordReviewMeeting(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          reviewId,
          expectedVersion: 1,
          heldOn: TODAY,
          venue: 'Brackenford Library',
          attendees: [{ name: 'Ivo Testmoor', role: 'IRO' }],
          participationCode: 'PN1',
          summary: SUMMARY,
          childPrivateWords: PRIVATE_WORDS,
          decisions: [DECISION],
        },
      },
    );
    expect(res.errors, res.raw).toBeUndefined();
  });

  it('no longer accepts or changes views', async () => {
    const res = await gql('parent', VIEWS, { input: { reviewId, views: 'too late' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'INVALID_STATE' });
  });

  it('shows the IRO everything', async () => {
    const res = await gql(
      'iro',
      graphql(`
        query ReviewPrivacyChild($id: ID!, $r: ID!) {
          child(id: $id) {
            review(id: $r) {
              summary
              childPrivateWords
              decisions {
                text
              }
              consultation {
                views
              }
            }
          }
        }
      `),
      { id: childId, r: reviewId },
    );
    for (const marker of [PRIVATE_WORDS, CHILD_VIEWS, PARENT_VIEWS, CARER_VIEWS, SUMMARY, DECISION])
      expect(res.raw).toContain(marker);
  });

  it('shows the social worker the record but never the child’s words or views', async () => {
    const res = await gql(
      'socialWorker',
      graphql(`
        query ReviewPrivacyChild2($id: ID!, $r: ID!) {
          child(id: $id) {
            review(id: $r) {
              summary
              childPrivateWords
              decisions {
                text
              }
              consultation {
                views
              }
            }
          }
        }
      `),
      { id: childId, r: reviewId },
    );
    expect(res.raw).toContain(SUMMARY);
    expect(res.raw).toContain(PARENT_VIEWS);
    expect(res.data?.child!.review!.childPrivateWords).toBeNull();
    expect(res.raw).not.toContain(PRIVATE_WORDS);
    expect(res.raw).not.toContain(CHILD_VIEWS);
  });

  const SHAPES: Array<[string, TypedDocument<unknown, never>]> = [
    [
      'root field',
      graphql(`
        query ReviewPrivacyChild3($id: ID!, $r: ID!) {
          child(id: $id) {
            review(id: $r) {
              id
              status
              heldOn
              summary
              childPrivateWords
              participationCode
              attendees {
                name
              }
              decisions {
                text
              }
              invitations {
                name
              }
              consultation {
                role
                views
              }
            }
          }
        }
      `),
    ],
    [
      'list of held reviews',
      graphql(`
        query ReviewPrivacyChild4($id: ID!) {
          child(id: $id) {
            reviews {
              summary
              childPrivateWords
              decisions {
                text
              }
              consultation {
                views
              }
            }
          }
        }
      `),
    ],
    [
      'alias',
      graphql(`
        query ReviewPrivacyC($id: ID!, $r: ID!) {
          c: child(id: $id) {
            a: review(id: $r) {
              words: childPrivateWords
              s: summary
              v: consultation {
                x: views
              }
            }
          }
        }
      `),
    ],
    [
      'fragment',
      graphql(`
        query ReviewPrivacyChild5($id: ID!, $r: ID!) {
          child(id: $id) {
            review(id: $r) {
              ...R
            }
          }
        }
        fragment R on Review {
          childPrivateWords
          summary
          consultation {
            ...V
          }
        }
        fragment V on ReviewViews {
          views
        }
      `),
    ],
    [
      'inline fragment',
      graphql(`
        query ReviewPrivacyChild6($id: ID!) {
          child(id: $id) {
            reviews {
              ... on Review {
                childPrivateWords
                consultation {
                  ... on ReviewViews {
                    views
                  }
                }
              }
            }
          }
        }
      `),
    ],
    [
      'children list',
      graphql(`
        query ReviewPrivacyChildren {
          children {
            items {
              reviews {
                childPrivateWords
                summary
                consultation {
                  views
                }
              }
            }
          }
        }
      `),
    ],
  ];

  function forbiddenFor(who: 'socialWorker' | 'parent' | 'carer' | 'youngPerson'): string[] {
    const always = [PRIVATE_WORDS];
    if (who === 'socialWorker') return [...always, CHILD_VIEWS];
    if (who === 'parent') return [...always, CHILD_VIEWS, CARER_VIEWS, SUMMARY, DECISION];
    if (who === 'carer') return [...always, CHILD_VIEWS, PARENT_VIEWS, SUMMARY, DECISION];
    return [...always, PARENT_VIEWS, CARER_VIEWS, SUMMARY, DECISION];
  }

  describe.each(['socialWorker', 'parent', 'carer', 'youngPerson'] as const)('%s', (who) => {
    it.each(SHAPES)('never receives what is not theirs by a %s', async (_shape, query) => {
      const res = await gql(who, withUncheckedVariables(query), { id: childId, r: reviewId });
      expect(res.status).toBe(200);
      for (const marker of forbiddenFor(who)) expect(res.raw).not.toContain(marker);
    });

    it('never receives it through _entities on the subgraph', async () => {
      const kind = ({ socialWorker: 'social_worker', parent: 'parent', carer: 'carer', youngPerson: 'self' } as const)[
        who
      ];
      const role = (
        { socialWorker: 'social_worker', parent: 'parent', carer: 'foster_carer', youngPerson: 'young_person' } as const
      )[who];
      const actor: Actor = { personId: people[who], role, localAuthorityId: null, relationships: [{ childId, kind }] };
      const token = await signInternalToken(
        await importSigningKey(system.keys.internal.privateJwk),
        actor,
        'care-planning',
      );
      const res = await postGraphQL(
        system.subgraphs['care-planning'].url,
        token,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { reviews { summary childPrivateWords decisions { text } consultation { views } } } } }`,
        { r: [{ __typename: 'Child', id: childId }] },
      );
      expect(res.status).toBe(200);
      for (const marker of forbiddenFor(who)) expect(res.raw).not.toContain(marker);
    });
  });

  it('shows a parent the dates and their own views only', async () => {
    const res = await gql(
      'parent',
      graphql(`
        query ReviewPrivacyChild7($id: ID!, $r: ID!) {
          child(id: $id) {
            review(id: $r) {
              status
              heldOn
              summary
              decisions {
                text
              }
              consultation {
                views
              }
            }
          }
        }
      `),
      {
        id: childId,
        r: reviewId,
      },
    );
    expect(res.data?.child!.review).toEqual({
      status: 'HELD',
      heldOn: TODAY,
      summary: null,
      decisions: null,
      consultation: [{ views: PARENT_VIEWS }],
    });
  });

  it('keeps the carer’s name out of the invitations for the manager, who may not know who the carers are', async () => {
    const query = graphql(`
      query ReviewPrivacyQuery($id: ID!, $r: ID!) {
        child(id: $id) {
          review(id: $r) {
            summary
            invitations {
              name
              role
            }
          }
        }
      }
    `);
    const manager = await gql('manager', query, { id: childId, r: reviewId });
    expect(manager.raw).toContain(SUMMARY);
    expect(manager.raw).not.toContain('Cara Testmoor');
    const iro = await gql('iro', query, { id: childId, r: reviewId });
    expect(iro.raw).toContain('Cara Testmoor');
  });

  it('makes a review of a child the caller cannot see identical to one that does not exist', async () => {
    const query = graphql(`
      query ReviewPrivacyQuery2($id: ID!, $r: ID!) {
        child(id: $id) {
          review(id: $r) {
            id
            heldOn
          }
        }
      }
    `);
    const forbidden = await gql('parent', query, { id: childId, r: otherReviewId });
    const unknown = await gql('parent', query, { id: childId, r: '5b5b5b5b-0000-4000-8000-000000000000' });
    expect(forbidden.data).toEqual({ child: { review: null } });
    expect(forbidden.raw).toBe(unknown.raw);
    const mutation = `mutation($r: ID!) { markDecisionsIssued(reviewId: $r, on: "${TODAY}") { id } }`;
    const forbiddenWrite = await gql('socialWorker', mutation, { r: reviewId });
    const unknownWrite = await gql('socialWorker', mutation, { r: '5b5b5b5b-0000-4000-8000-000000000000' });
    expect(forbiddenWrite.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(forbiddenWrite.raw).toBe(unknownWrite.raw);
  });
});

describe('the published outcome', () => {
  const LETTER = 'LETTER-TO-ROBIN-1188';
  const PARENT_VERSION = 'PARENT-VERSION-2299';
  const CARER_VERSION = 'CARER-VERSION-3377';
  const OUTCOME = graphql(`
    query ReviewPrivacyOutcome($id: ID!, $r: ID!) {
      child(id: $id) {
        review(id: $r) {
          outcome {
            publishedOn
            childLetter {
              text
              decisions {
                text
              }
            }
            parentVersion {
              text
              decisions {
                text
              }
            }
            carerVersion {
              text
              decisions {
                text
              }
            }
          }
        }
      }
    }
  `);
  const PUBLISH = graphql(`
    mutation ReviewPrivacyPublish($input: PublishReviewOutcomeInput!) {
      publishReviewOutcome(input: $input) {
        id
      }
    }
  `);
  let decisionId: string;

  beforeAll(async () => {
    const res = await gql(
      'iro',
      graphql(`
        query ReviewPrivacyChild8($id: ID!, $r: ID!) {
          child(id: $id) {
            review(id: $r) {
              decisions {
                id
              }
            }
          }
        }
      `),
      { id: childId, r: reviewId },
    );
    decisionId = res.data!.child!.review!.decisions![0].id;
  });

  it('is nobody’s before the IRO publishes it', async () => {
    for (const who of ['parent', 'carer', 'youngPerson', 'iro'] as const) {
      const res = await gql(who, OUTCOME, { id: childId, r: reviewId });
      expect(res.data?.child!.review!.outcome).toBeNull();
    }
  });

  it('refuses a parent version carrying the child’s private words, and publishes nothing', async () => {
    const res = await gql('iro', PUBLISH, {
      input: {
        reviewId,
        childLetter: LETTER,
        parentSummary: `${PARENT_VERSION} ${PRIVATE_WORDS}`,
        carerSummary: CARER_VERSION,
        childDecisionIds: [],
        parentDecisionIds: [],
        carerDecisionIds: [],
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentSummary',
      problem: 'INVALID',
    });
    const [row] = await system.subgraphs['care-planning'].dataSource.query(
      `SELECT count(*)::int AS n FROM care_planning.review_publications`,
    );
    expect(row.n).toBe(0);
  });

  it('is published explicitly, with an audit row, by the IRO only', async () => {
    const input = {
      reviewId,
      childLetter: LETTER,
      parentSummary: PARENT_VERSION,
      carerSummary: CARER_VERSION,
      childDecisionIds: [decisionId],
      parentDecisionIds: [decisionId],
      carerDecisionIds: [],
    };
    const refused = await gql('socialWorker', PUBLISH, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const res = await gql('iro', PUBLISH, { input });
    expect(res.errors, res.raw).toBeUndefined();
    const rows = await system.subgraphs['care-planning'].dataSource.query(
      `SELECT review_id, published_by FROM care_planning.review_publications`,
    );
    expect(rows).toHaveLength(1);
    await expect(
      system.subgraphs['care-planning'].dataSource.query(
        `UPDATE care_planning.review_publications SET child_letter = 'x'`,
      ),
    ).rejects.toThrow(/append-only/);
  });

  it.each([
    ['youngPerson', LETTER, [PARENT_VERSION, CARER_VERSION]],
    ['parent', PARENT_VERSION, [LETTER, CARER_VERSION]],
    ['carer', CARER_VERSION, [LETTER, PARENT_VERSION]],
  ] as const)('gives %s their own version only, never the child’s private words', async (who, own, others) => {
    const res = await gql(who, OUTCOME, { id: childId, r: reviewId });
    expect(res.raw).toContain(own);
    for (const marker of [...others, PRIVATE_WORDS, CHILD_VIEWS]) expect(res.raw).not.toContain(marker);
    const viaList = await gql(
      who,
      graphql(`
        query ReviewPrivacyChild9($id: ID!) {
          child(id: $id) {
            reviews {
              outcome {
                childLetter {
                  text
                }
                parentVersion {
                  text
                }
                carerVersion {
                  text
                }
              }
              childPrivateWords
            }
          }
        }
      `),
      { id: childId },
    );
    for (const marker of [...others, PRIVATE_WORDS]) expect(viaList.raw).not.toContain(marker);
  });

  it('keeps the carer’s decisions to those marked for the carer', async () => {
    const res = await gql('carer', OUTCOME, { id: childId, r: reviewId });
    expect(res.data?.child!.review!.outcome!.carerVersion).toEqual({ text: CARER_VERSION, decisions: [] });
    expect(res.raw).not.toContain(DECISION);
  });

  it('gives a parent without parental responsibility no parent version: the child does not exist for them', async () => {
    const other = await world.person('parent', 'Pim Testmoor');
    // Recorded in the family network as family-contact records it: a parent, without parental responsibility.
    await system.subgraphs['family-contact'].dataSource.transaction((em) =>
      recordFamilyMember(
        em,
        { childId, personId: other.id, displayName: 'Pim Testmoor', relation: FamilyRelation.PARENT },
        TODAY,
      ),
    );
    const token = await other.token();
    const res = await system.graphql(token, OUTCOME, { id: childId, r: reviewId });
    const unknown = await system.graphql(token, OUTCOME, { id: '5b5b5b5b-0000-4000-8000-000000000000', r: reviewId });
    expect(res.data).toEqual({ child: null });
    expect(res.raw).toBe(unknown.raw);
    for (const marker of [PARENT_VERSION, LETTER, CARER_VERSION, DECISION]) expect(res.raw).not.toContain(marker);
  });

  it('gives the IRO all three versions', async () => {
    const res = await gql('iro', OUTCOME, { id: childId, r: reviewId });
    for (const marker of [LETTER, PARENT_VERSION, CARER_VERSION, DECISION]) expect(res.raw).toContain(marker);
  });
});
