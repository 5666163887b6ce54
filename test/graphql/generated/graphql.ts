/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why an additional review is held */
export type AdditionalReviewReason =
  | 'CEASING_TO_BE_LOOKED_AFTER'
  | 'CHANGE_OF_PLAN'
  | 'IRO_REQUEST'
  | 'OTHER'
  | 'PLACEMENT_CHANGE';

export type AttendeeInput = {
  name: string;
  role: string;
};

/** A review in the reg 33 cycle, or an additional one brought forward (reg 33(3), reg 32(2)) */
export type ReviewKind =
  | 'ADDITIONAL'
  | 'STATUTORY';

export type ReviewMeetingInput = {
  attendees: Array<AttendeeInput>;
  /** For a review with no plan: the child */
  childId?: string | number | null | undefined;
  /** What the child said to the IRO in private */
  childPrivateWords?: string | null | undefined;
  decisions: Array<string>;
  /** The version you read; required with reviewId */
  expectedVersion?: number | null | undefined;
  /** YYYY-MM-DD */
  heldOn: string;
  /** For a review with no plan; STATUTORY by default */
  kind?: ReviewKind | null | undefined;
  /** SSDA903 PN0–PN7, valid for the child’s age on heldOn */
  participationCode: string;
  reason?: AdditionalReviewReason | null | undefined;
  /** The planned (or held, to amend) review; leave out to record an unplanned one */
  reviewId?: string | number | null | undefined;
  summary: string;
  venue: string;
};

/** Planned (not yet held; does not count in the schedule) or held */
export type ReviewState =
  | 'HELD'
  | 'PLANNED';

export type ScheduleReviewInput = {
  childId: string | number;
  /** YYYY-MM-DD, today or later */
  date: string;
  kind: ReviewKind;
  /** Required for an additional review */
  reason?: AdditionalReviewReason | null | undefined;
  venue?: string | null | undefined;
};

export type TimescaleStatus =
  | 'DONE_LATE'
  | 'DONE_ON_TIME'
  | 'DUE'
  | 'OVERDUE';

export type ReviewMeetingsScheduleMutationVariables = Exact<{
  input: ScheduleReviewInput;
}>;


export type ReviewMeetingsScheduleMutation = { scheduleReview: { id: string, status: ReviewState, kind: ReviewKind, reason: AdditionalReviewReason | null, plannedFor: string | null, version: number, invitations: Array<{ name: string, role: string, hasAccount: boolean, viewsSent: boolean }> | null } };

export type ReviewMeetingsMeetingMutationVariables = Exact<{
  input: ReviewMeetingInput;
}>;


export type ReviewMeetingsMeetingMutation = { recordReviewMeeting: { id: string, status: ReviewState, heldOn: string | null, version: number, kind: ReviewKind, reason: AdditionalReviewReason | null, participationCode: string | null, participationDescription: string | null, summary: string | null, decisions: Array<{ id: string, text: string }> | null, attendees: Array<{ name: string, role: string }> | null, recordTimescales: { decisions: { dueBy: string, basis: string, completedOn: string | null, status: TimescaleStatus }, fullRecord: { dueBy: string, basis: string, completedOn: string | null, status: TimescaleStatus } } | null } };

export type ReviewMeetingsChildQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewMeetingsChildQuery = { child: { overdueReviewRecords: number, nextReview: { dueBy: string, kind: string, basis: string } | null, reviews: Array<{ id: string, heldOn: string | null, kind: ReviewKind }>, upcomingReview: { id: string, status: ReviewState, plannedFor: string | null, version: number, invitations: Array<{ name: string, role: string, hasAccount: boolean }> | null } | null } | null };

export type ReviewMeetingsRecordConversationWithChildMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewMeetingsRecordConversationWithChildMutation = { recordConversationWithChild: { version: number } };

export type ReviewMeetingsMarkDecisionsIssuedMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewMeetingsMarkDecisionsIssuedMutation = { markDecisionsIssued: { recordTimescales: { decisions: { status: TimescaleStatus, completedOn: string | null } } | null } };

export type ReviewMeetingsCompleteReviewRecordMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewMeetingsCompleteReviewRecordMutation = { completeReviewRecord: { recordTimescales: { fullRecord: { status: TimescaleStatus } } | null } };

export type ReviewMeetingsCompleteReviewRecord2MutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewMeetingsCompleteReviewRecord2Mutation = { completeReviewRecord: { id: string } };

export type ReviewMeetingsCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewMeetingsCaseloadQuery = { me: { caseload: { items: Array<{ overdueReviewRecords: number, nextReview: { dueBy: string } | null, upcomingReview: { plannedFor: string | null, invitations: Array<{ name: string, viewsSent: boolean }> | null } | null, reviews: Array<{ heldOn: string | null, recordTimescales: { decisions: { status: TimescaleStatus } } | null }> }> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ReviewMeetingsScheduleDocument = new TypedDocumentString(`
    mutation ReviewMeetingsSchedule($input: ScheduleReviewInput!) {
  scheduleReview(input: $input) {
    id
    status
    kind
    reason
    plannedFor
    version
    invitations {
      name
      role
      hasAccount
      viewsSent
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsScheduleMutation, ReviewMeetingsScheduleMutationVariables>;
export const ReviewMeetingsMeetingDocument = new TypedDocumentString(`
    mutation ReviewMeetingsMeeting($input: ReviewMeetingInput!) {
  recordReviewMeeting(input: $input) {
    id
    status
    heldOn
    version
    kind
    reason
    participationCode
    participationDescription
    summary
    decisions {
      id
      text
    }
    attendees {
      name
      role
    }
    recordTimescales {
      decisions {
        dueBy
        basis
        completedOn
        status
      }
      fullRecord {
        dueBy
        basis
        completedOn
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsMeetingMutation, ReviewMeetingsMeetingMutationVariables>;
export const ReviewMeetingsChildDocument = new TypedDocumentString(`
    query ReviewMeetingsChild($id: ID!) {
  child(id: $id) {
    nextReview {
      dueBy
      kind
      basis
    }
    reviews {
      id
      heldOn
      kind
    }
    overdueReviewRecords
    upcomingReview {
      id
      status
      plannedFor
      version
      invitations {
        name
        role
        hasAccount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsChildQuery, ReviewMeetingsChildQueryVariables>;
export const ReviewMeetingsRecordConversationWithChildDocument = new TypedDocumentString(`
    mutation ReviewMeetingsRecordConversationWithChild($id: ID!) {
  recordConversationWithChild(reviewId: $id, on: "2027-01-05") {
    version
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsRecordConversationWithChildMutation, ReviewMeetingsRecordConversationWithChildMutationVariables>;
export const ReviewMeetingsMarkDecisionsIssuedDocument = new TypedDocumentString(`
    mutation ReviewMeetingsMarkDecisionsIssued($id: ID!) {
  markDecisionsIssued(reviewId: $id, on: "2027-01-05") {
    recordTimescales {
      decisions {
        status
        completedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsMarkDecisionsIssuedMutation, ReviewMeetingsMarkDecisionsIssuedMutationVariables>;
export const ReviewMeetingsCompleteReviewRecordDocument = new TypedDocumentString(`
    mutation ReviewMeetingsCompleteReviewRecord($id: ID!) {
  completeReviewRecord(reviewId: $id, on: "2027-01-06") {
    recordTimescales {
      fullRecord {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsCompleteReviewRecordMutation, ReviewMeetingsCompleteReviewRecordMutationVariables>;
export const ReviewMeetingsCompleteReviewRecord2Document = new TypedDocumentString(`
    mutation ReviewMeetingsCompleteReviewRecord2($id: ID!) {
  completeReviewRecord(reviewId: $id, on: "2026-11-30") {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsCompleteReviewRecord2Mutation, ReviewMeetingsCompleteReviewRecord2MutationVariables>;
export const ReviewMeetingsCaseloadDocument = new TypedDocumentString(`
    query ReviewMeetingsCaseload {
  me {
    caseload(first: 100) {
      items {
        overdueReviewRecords
        nextReview {
          dueBy
        }
        upcomingReview {
          plannedFor
          invitations {
            name
            viewsSent
          }
        }
        reviews {
          heldOn
          recordTimescales {
            decisions {
              status
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewMeetingsCaseloadQuery, ReviewMeetingsCaseloadQueryVariables>;