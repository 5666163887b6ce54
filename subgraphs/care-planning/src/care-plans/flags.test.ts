import { describe, expect, it } from 'vitest';
import { type CarePlanContent, EMPTY_PLAN } from './content';
import { type FlagFacts, carePlanFlags } from './flags';

const withPermanence: CarePlanContent = {
  ...EMPTY_PLAN,
  permanencePlan: 'LONG_TERM_FOSTER_CARE',
  actions: [
    { description: 'Match with long-term carers', concerns: 'PERMANENCE', owner: 'Social worker', dueDate: null },
  ],
};
const noPermanence: CarePlanContent = { ...withPermanence, permanencePlan: null };

// Looked after from Monday 5 January 2026; first review held 2 February 2026, so the second is due by 2 May 2026.
const facts = (over: Partial<FlagFacts> = {}): FlagFacts => ({
  periods: [{ startDate: '2026-01-05', endDate: null }],
  reviewsHeld: ['2026-02-02'],
  versions: [{ savedOn: '2026-01-10', content: withPermanence }],
  today: '2026-04-01',
  ...over,
});
const codes = (f: FlagFacts) => carePlanFlags(f).map((x) => x.code);

describe('NO_CARE_PLAN', () => {
  it('flags a child with no plan at all', () => {
    expect(codes(facts({ versions: [] }))).toEqual(['NO_CARE_PLAN']);
  });
});

describe('NO_PERMANENCE_PLAN_BY_SECOND_REVIEW', () => {
  it('is not raised before the second review is held or due', () => {
    expect(codes(facts({ versions: [{ savedOn: '2026-01-10', content: noPermanence }] }))).toEqual([]);
  });

  it('is raised once the second review is overdue and the plan has no permanence plan, naming the basis', () => {
    const [flag] = carePlanFlags(
      facts({ versions: [{ savedOn: '2026-01-10', content: noPermanence }], today: '2026-05-05' }),
    );
    expect(flag?.code).toBe('NO_PERMANENCE_PLAN_BY_SECOND_REVIEW');
    expect(flag?.message).toMatch(/2 May 2026.*reg 33\(2\).*2 February 2026/);
  });

  it('is not raised on the day the second review is due', () => {
    expect(codes(facts({ versions: [{ savedOn: '2026-01-10', content: noPermanence }], today: '2026-05-02' }))).toEqual(
      [],
    );
  });

  it('judges a held second review by the plan current that day', () => {
    const held = { reviewsHeld: ['2026-02-02', '2026-04-20'], today: '2026-06-01' };
    // No permanence plan at the review; the later version has none either.
    const late = facts({
      ...held,
      versions: [
        { savedOn: '2026-01-10', content: noPermanence },
        { savedOn: '2026-05-01', content: noPermanence },
      ],
    });
    expect(codes(late)).toEqual(['NO_PERMANENCE_PLAN_BY_SECOND_REVIEW']);
    expect(carePlanFlags(late)[0]?.message).toMatch(/20 April 2026/);
    // A plan saved on the day of the review counts as the plan at the review.
    const sameDay = facts({
      ...held,
      versions: [
        { savedOn: '2026-01-10', content: noPermanence },
        { savedOn: '2026-04-20', content: withPermanence },
      ],
    });
    expect(codes(sameDay)).toEqual([]);
  });

  it('is not raised when the plan at the second review had a permanence plan, even if a later version lost it', () => {
    const f = facts({
      reviewsHeld: ['2026-02-02', '2026-04-20'],
      today: '2026-06-01',
      versions: [
        { savedOn: '2026-03-01', content: withPermanence },
        { savedOn: '2026-05-01', content: noPermanence },
      ],
    });
    expect(codes(f)).toEqual([]);
  });

  it('clears once the current plan names a permanence plan', () => {
    const f = facts({
      reviewsHeld: ['2026-02-02', '2026-04-20'],
      today: '2026-06-01',
      versions: [
        { savedOn: '2026-01-10', content: noPermanence },
        { savedOn: '2026-05-01', content: withPermanence },
      ],
    });
    expect(codes(f)).toEqual([]);
  });

  it('is raised for a child with no plan at all once the second review has been held', () => {
    expect(codes(facts({ versions: [], reviewsHeld: ['2026-02-02', '2026-04-20'], today: '2026-06-01' }))).toEqual([
      'NO_CARE_PLAN',
      'NO_PERMANENCE_PLAN_BY_SECOND_REVIEW',
    ]);
  });

  it('counts only reviews in the current period of care', () => {
    const f = facts({
      periods: [
        { startDate: '2025-01-06', endDate: '2025-12-01' },
        { startDate: '2026-01-05', endDate: null },
      ],
      reviewsHeld: ['2025-02-03', '2025-05-01', '2026-02-02'],
      versions: [{ savedOn: '2025-01-10', content: noPermanence }],
    });
    expect(codes(f)).toEqual([]);
  });

  it('is not raised when the child is not looked after', () => {
    expect(
      codes(
        facts({
          periods: [{ startDate: '2026-01-05', endDate: '2026-03-01' }],
          versions: [{ savedOn: '2026-01-10', content: noPermanence }],
          today: '2026-06-01',
        }),
      ),
    ).toEqual([]);
  });
});

describe('ACTIONS_ONLY_ARRANGEMENTS', () => {
  const arrangementsOnly = (n: number): CarePlanContent => ({
    ...withPermanence,
    actions: Array.from({ length: n }, (_, i) => ({
      description: `Action ${i}`,
      concerns: 'ARRANGEMENTS' as const,
      owner: 'Carer',
      dueDate: null,
    })),
  });

  it('flags a plan whose actions all concern arrangements', () => {
    const [flag] = carePlanFlags(facts({ versions: [{ savedOn: '2026-01-10', content: arrangementsOnly(3) }] }));
    expect(flag).toEqual({
      code: 'ACTIONS_ONLY_ARRANGEMENTS',
      message: expect.stringMatching(/All 3 actions.*none works towards permanence/),
    });
  });

  it('does not flag a plan with one permanence action among them, or with no actions', () => {
    const mixed = { ...arrangementsOnly(2), actions: [...arrangementsOnly(2).actions, ...withPermanence.actions] };
    expect(codes(facts({ versions: [{ savedOn: '2026-01-10', content: mixed }] }))).toEqual([]);
    expect(codes(facts({ versions: [{ savedOn: '2026-01-10', content: arrangementsOnly(0) }] }))).toEqual([]);
  });

  it('looks at the current version only', () => {
    const f = facts({
      versions: [
        { savedOn: '2026-01-10', content: arrangementsOnly(2) },
        { savedOn: '2026-02-10', content: withPermanence },
      ],
    });
    expect(codes(f)).toEqual([]);
  });
});

describe('ACTIONS_OVERDUE', () => {
  const dated = (dueDate: string | null) => ({
    description: 'Life-story work',
    concerns: 'PERMANENCE' as const,
    owner: 'Social worker',
    dueDate,
  });
  const plan = (...dates: Array<string | null>): FlagFacts =>
    facts({ versions: [{ savedOn: '2026-01-10', content: { ...withPermanence, actions: dates.map(dated) } }] });

  it('is raised for an action whose date has passed, naming the earliest', () => {
    const [flag] = carePlanFlags(plan('2026-03-31', '2026-03-02', '2026-05-01'));
    expect(flag).toEqual({
      code: 'ACTIONS_OVERDUE',
      message: '2 actions in the plan are past their dates, the earliest 2 March 2026.',
    });
  });

  it('is not raised for an action due today, in the future or with no date', () => {
    expect(codes(plan('2026-04-01', '2026-04-02', null))).toEqual([]);
  });
});
