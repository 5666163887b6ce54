// Public API of @lac/statutory: pure date and code rules, no framework and no I/O.

export {
  addDays,
  addMonths,
  compareIsoDates,
  dateParts,
  dayOfWeek,
  daysInMonth,
  earlierOf,
  fromDayNumber,
  fromParts,
  InvalidIsoDateError,
  isAfter,
  isBefore,
  isIsoDate,
  isLeapYear,
  isWeekend,
  parseIsoDate,
  toDayNumber,
} from './iso-date';
export type { DateParts, DayOfWeek, IsoDate } from './iso-date';

export { longDate } from './long-date';

export { ageOn, birthdayAtAge, LEAP_DAY_BIRTHDAY_CONVENTION } from './age';

export { CalendarCoverageError, defineHolidayCalendar } from './holiday-calendar';
export type { BankHoliday, HolidayCalendar, HolidayTable } from './holiday-calendar';
export { bankHolidays, CALENDAR_VERSION, ENGLAND_CALENDAR } from './england-bank-holidays';

export {
  addWorkingDays,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
} from './working-days';

export { CALENDAR_MONTH_CONVENTION, WORKING_DAY_CONVENTION } from './basis';
export type { Deadline, DeadlineBasis } from './basis';

export {
  DEFAULT_DUE_SOON_WORKING_DAYS,
  dueSoonUntil,
  FIRST_REVIEW_WORKING_DAYS,
  nextReviewDue,
  REVIEW_RULES,
  reviewStatusOn,
  scheduledReview,
  SECOND_REVIEW_MONTHS,
  SUBSEQUENT_REVIEW_MONTHS,
} from './review-schedule';
export type {
  NextReviewDue,
  NextReviewInput,
  ReviewDueKind,
  ReviewHeld,
  ReviewHeldKind,
  ReviewSchedulePolicy,
  ReviewStatus,
  ScheduledReview,
} from './review-schedule';

export { reviewTimeliness } from './review-timeliness';
export type { ReviewTimeliness } from './review-timeliness';
export { DEFAULT_RECORD_DEADLINE_SETTINGS, overdueIfHeldBefore, recordDeadlines } from './record-deadlines';
export type { RecordDeadlines, RecordDeadlineSettings } from './record-deadlines';

export {
  collectionYearBounds,
  collectionYearOf,
  collectionYearStartYear,
  collectionYearStarting,
} from './ssda903/collection-year';
export type { CollectionYear } from './ssda903/collection-year';
export { defineCodeList } from './ssda903/code-list';
export type { CodeList } from './ssda903/code-list';
export { describeLegalStatus, isLegalStatusCode, LEGAL_STATUS_CODES } from './ssda903/legal-status';
export type { LegalStatusCode } from './ssda903/legal-status';
export {
  CodeListCoverageError,
  describePlacementType,
  isPlacementTypeCode,
  PLACEMENT_TYPE_CODES,
  placementTypeCodesFor,
} from './ssda903/placement-type';
export type { PlacementTypeCode } from './ssda903/placement-type';
export {
  describeReasonNewEpisode,
  isReasonNewEpisodeCode,
  REASON_NEW_EPISODE_CODES,
} from './ssda903/reason-new-episode';
export type { ReasonNewEpisodeCode } from './ssda903/reason-new-episode';
export {
  describeReasonEpisodeCeased,
  isReasonEpisodeCeasedCode,
  REASON_EPISODE_CEASED_CODES,
} from './ssda903/reason-episode-ceased';
export type { ReasonEpisodeCeasedCode } from './ssda903/reason-episode-ceased';
export {
  describeReviewParticipation,
  isReviewParticipationCode,
  participationCodeAllowed,
  REVIEW_PARTICIPATION_CODES,
} from './ssda903/review-participation';
export type { ReviewParticipationCode } from './ssda903/review-participation';
export { describeSex, isSexCode, SEX_CODES } from './ssda903/sex';
export type { SexCode } from './ssda903/sex';
export { describeEthnicity, ETHNICITY_CODES, isEthnicityCode } from './ssda903/ethnicity';
export type { EthnicityCode } from './ssda903/ethnicity';
export { upnCheckLetter, upnProblem } from './ssda903/upn';
export type { UpnProblem } from './ssda903/upn';

export { PLACEMENT_PLAN_RULE, PLACEMENT_PLAN_WORKING_DAYS, placementPlanDue } from './placement-plan';
export { nextVisitDue, VISIT_INTERVAL_CONVENTION, VISIT_REGIMES, VISIT_RULES } from './social-worker-visits';
export type { NextVisitDue, NextVisitInput, VisitRegime } from './social-worker-visits';
export {
  describePlacementProvider,
  isPlacementProviderCode,
  PLACEMENT_PROVIDER_CODES,
  providerMismatch,
} from './ssda903/placement-provider';
export type { PlacementProviderCode } from './ssda903/placement-provider';
export {
  describeReasonPlaceChange,
  isReasonPlaceChangeCode,
  REASON_PLACE_CHANGE_CODES,
} from './ssda903/reason-place-change';
export type { ReasonPlaceChangeCode } from './ssda903/reason-place-change';
