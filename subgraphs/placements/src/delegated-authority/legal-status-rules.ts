import { describeLegalStatus, isIsoDate, isLegalStatusCode } from '@lac/statutory';
import { DECISION_AREAS, DecisionArea, DecisionHolder } from './areas';
import type { Entry } from './entry';

/**
 * How parental responsibility stands under a legal status (DOMAIN.md §4):
 * - `parents_only`: the local authority has no parental responsibility — accommodation under s.20 (V2, and the
 *   short-break agreements V3 and V4), police protection (L1), a child assessment order (L3) and the remand and
 *   youth-justice statuses (J1–J3). The parents keep all of it, so every delegation needs their recorded agreement.
 * - `shared_with_local_authority`: an interim or full care order (C1, C2), a placement or freeing order (E1, D1) or an
 *   emergency protection order (L2). The local authority shares parental responsibility (s.33(3)) and may delegate,
 *   except what s.33(6)–(8) keeps from it.
 */
export type ResponsibilityUnder = 'parents_only' | 'shared_with_local_authority';

const SHARED = new Set(['C1', 'C2', 'D1', 'E1', 'L2']);

export function responsibilityUnder(legalStatus: string): ResponsibilityUnder {
  return SHARED.has(legalStatus) ? 'shared_with_local_authority' : 'parents_only';
}

/**
 * Areas nobody may take from the parents, whatever the plan says. Under a care order the local authority cannot cause
 * the child to be brought up in another religion (s.33(6)(a)), cannot consent to adoption (s.33(6)(b)) and cannot
 * allow removal from the UK for a month or more without every PR holder's written consent or the court (s.33(7)–(8));
 * under s.20 it holds no parental responsibility to delegate in the first place.
 */
export const FIXED_BY_LAW: Partial<Record<DecisionArea, string>> = {
  [DecisionArea.CHANGE_OF_RELIGION]:
    'Fixed by law: the local authority cannot cause the child to be brought up in a different religion (Children Act 1989 s.33(6)(a)).',
  [DecisionArea.CONSENT_TO_ADOPTION]:
    'Fixed by law: only a parent with parental responsibility, or the court, can consent to adoption (Children Act 1989 s.33(6)(b)).',
  [DecisionArea.REMOVAL_ABROAD_A_MONTH_OR_MORE]:
    'Fixed by law: a month or more abroad needs the written consent of everyone with parental responsibility, or the court (Children Act 1989 s.33(7)–(8)).',
};

export type Problem =
  'NOT_DELEGABLE' | 'NEEDS_PARENT_AGREEMENT' | 'REQUIRED' | 'INVALID_DATE' | 'DATE_IN_FUTURE' | 'TOO_LONG';

export interface Violation {
  area: DecisionArea;
  field: keyof Entry;
  problem: Problem;
  message: string;
}

const MAX_TEXT = 1000;

const label = (area: DecisionArea) => area.replace(/_/g, ' ');

/**
 * Every way the matrix breaks the law or the recorded-reason rule under this legal status, area by area; empty when it
 * may be saved. Pure, so each rule is pinned by a test (legal-status-rules.test.ts).
 */
export function checkEntries(legalStatus: string, entries: readonly Entry[], today: string): Violation[] {
  const under = responsibilityUnder(legalStatus);
  const found: Violation[] = [];
  for (const e of entries) {
    const fixed = FIXED_BY_LAW[e.area];
    if (fixed && e.holder !== DecisionHolder.PARENT) {
      found.push({ area: e.area, field: 'holder', problem: 'NOT_DELEGABLE', message: `${label(e.area)}: ${fixed}` });
      continue;
    }
    if (e.parentAgreedOn !== null) {
      if (!isIsoDate(e.parentAgreedOn)) {
        found.push({
          area: e.area,
          field: 'parentAgreedOn',
          problem: 'INVALID_DATE',
          message: `${label(e.area)}: the parent's agreement date must be a real date written YYYY-MM-DD`,
        });
      } else if (e.parentAgreedOn > today) {
        found.push({
          area: e.area,
          field: 'parentAgreedOn',
          problem: 'DATE_IN_FUTURE',
          message: `${label(e.area)}: the parent's agreement cannot be dated after today (${today})`,
        });
      }
    }
    if (
      under === 'parents_only' &&
      e.holder !== DecisionHolder.PARENT &&
      e.holder !== DecisionHolder.YOUNG_PERSON &&
      e.parentAgreedOn === null
    ) {
      found.push({
        area: e.area,
        field: 'parentAgreedOn',
        problem: 'NEEDS_PARENT_AGREEMENT',
        message: `${label(e.area)}: under ${legalStatus} (${describeLegalStatus(legalStatus) ?? legalStatus}) the parents keep parental responsibility, so this can be delegated only with a parent's recorded agreement`,
      });
    }
    if (e.holder !== DecisionHolder.CARER && !e.reasonNotDelegated?.trim()) {
      found.push({
        area: e.area,
        field: 'reasonNotDelegated',
        problem: 'REQUIRED',
        message: `${label(e.area)}: say why the carer does not hold this decision`,
      });
    }
    for (const field of ['conditions', 'tellWho', 'reasonNotDelegated'] as const) {
      if ((e[field]?.length ?? 0) > MAX_TEXT) {
        found.push({
          area: e.area,
          field,
          problem: 'TOO_LONG',
          message: `${label(e.area)}: keep it under ${MAX_TEXT} characters`,
        });
      }
    }
  }
  return found;
}

export function isKnownLegalStatus(code: string): boolean {
  return isLegalStatusCode(code);
}

const row = (area: DecisionArea, holder: DecisionHolder, extra: Partial<Entry> = {}): Entry => ({
  area,
  holder,
  conditions: null,
  tellWho: null,
  reasonNotDelegated: null,
  parentAgreedOn: null,
  ...extra,
});

/**
 * Where a new matrix starts (DOMAIN.md §4): under a care order everyday decisions go to the carer unless there is a
 * recorded reason not to; under s.20 the parents hold everything until they agree to a delegation, so each row starts
 * with them and says how it can move. The social worker then changes what the placement plan agrees.
 */
export function defaultEntries(legalStatus: string): Entry[] {
  const under = responsibilityUnder(legalStatus);
  return DECISION_AREAS.map((area) => {
    const fixed = FIXED_BY_LAW[area];
    if (fixed) return row(area, DecisionHolder.PARENT, { reasonNotDelegated: fixed });
    if (under === 'parents_only') {
      return row(area, DecisionHolder.PARENT, {
        reasonNotDelegated:
          'The parents keep parental responsibility (accommodation under section 20): it can be delegated once a parent agrees.',
      });
    }
    return CARE_ORDER_DEFAULTS[area] ?? row(area, DecisionHolder.CARER);
  });
}

const CARE_ORDER_DEFAULTS: Partial<Record<DecisionArea, Entry>> = {
  [DecisionArea.MEDICAL_AND_DENTAL]: row(DecisionArea.MEDICAL_AND_DENTAL, DecisionHolder.CARER, {
    conditions:
      'Routine care, check-ups, immunisations and the optician. Anything non-routine goes to the social worker.',
    tellWho: 'The social worker',
  }),
  [DecisionArea.FAITH]: row(DecisionArea.FAITH, DecisionHolder.CARER, {
    conditions: "Supporting the child's own faith and observance",
  }),
  [DecisionArea.HOLIDAYS_ABROAD]: row(DecisionArea.HOLIDAYS_ABROAD, DecisionHolder.SOCIAL_WORKER, {
    conditions: 'Less than a month (Children Act 1989 s.33(7)–(8))',
    tellWho: 'The parents',
    reasonNotDelegated: 'The local authority agrees each trip abroad, with the dates and the passport.',
  }),
  [DecisionArea.PASSPORT]: row(DecisionArea.PASSPORT, DecisionHolder.SOCIAL_WORKER, {
    reasonNotDelegated: 'The local authority applies, as a holder of parental responsibility.',
  }),
  [DecisionArea.CHANGE_OF_SCHOOL]: row(DecisionArea.CHANGE_OF_SCHOOL, DecisionHolder.MANAGER, {
    tellWho: 'The Virtual School and the parents',
    reasonNotDelegated: 'A change of school is a care-plan decision, taken with the Virtual School.',
  }),
};
