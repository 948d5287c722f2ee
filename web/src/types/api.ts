// Types of the soku JSON API (/api/v1) under the names the web app uses. Nothing here is written
// by hand: every type is a schema of docs/openapi.yaml, generated into ./api.generated.ts by
// `npm run gen:api` (openapi-typescript); `npm run check:api` (run by ./test) fails when the
// generated file no longer matches the document. To change a type, change docs/openapi.yaml.
import { roleNameValues } from './api.generated';
import type { components } from './api.generated';

type Schemas = components['schemas'];

export type Role = Schemas['RoleName'];
/** Every role, in the document's order. */
export const ROLES: readonly Role[] = roleNameValues;

// The enums of the client's path as value lists (for checks; the UI's lists and texts are in
// lib/codes.ts).
export {
  continuationPathValues as CONTINUATION_PATH_VALUES,
  interruptionReasonValues as INTERRUPTION_REASON_VALUES,
  lifeAreaCodeValues as LIFE_AREA_VALUES,
  meetingContentValues as MEETING_CONTENT_VALUES,
  meetingModeValues as MEETING_MODE_VALUES,
  needLevelValues as NEED_LEVEL_VALUES,
  organisationTypeValues as ORGANISATION_TYPE_VALUES,
  phaseValues as PHASE_VALUES,
  referralSourceValues as REFERRAL_SOURCE_VALUES,
  serviceFormValues as SERVICE_FORM_VALUES,
  statutoryItemValues as STATUTORY_ITEM_VALUES,
} from './api.generated';

/**
 * Whether a string is one of an enum's values. Form values are plain strings (a restored draft
 * may hold anything), so a form checks its codes with this before it builds a request.
 */
export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return value != null && (values as readonly string[]).includes(value);
}

/**
 * The value as one of an enum's values, for building a request from a form that its checks have
 * passed; a value that is not one (a bug: the checks let it through) throws, and the form shows
 * its general error instead of sending it.
 */
export function oneOf<T extends string>(values: readonly T[], value: string, what: string): T {
  if (isOneOf(values, value)) return value;
  throw new Error(`not a ${what} code`);
}

/** A county or a municipality: a code and its name. */
export type CodeName = Schemas['County'];

/** A role of the signed-in user (GET /me), with the unit's name. */
export type RoleAssignment = Schemas['RoleGrant'];
/** A role of a user as the admin pages list it. */
export type UserRoleGrant = Schemas['UserRoleGrant'];
export type RoleGrantInput = Schemas['RoleGrantInput'];

export type Me = Schemas['Me'];
/** A non-client action the user's roles permit in their county (GET /me `actions`). */
export type UserAction = Schemas['UserAction'];
export type SessionResponse = Schemas['Session'];

/** Every list response: the items and the cursor of the next page (null on the last page). */
export interface ListResponse<T> {
  items: T[];
  next_cursor: Schemas['NextCursor'];
}

export type Language = Schemas['Language'];
/** The languages the client form offers (the API accepts any ISO 639 code or `other`). */
export const CLIENT_LANGUAGES = ['fi', 'sv', 'other'] as const satisfies readonly Language[];
export type ClientLanguage = (typeof CLIENT_LANGUAGES)[number];

export type ClientSummary = Schemas['ClientListItem'];
export type Contact = Schemas['Contact'];
export type Client = Schemas['Client'];
export type Relationship = Schemas['Relationship'];
export type ClientInput = Schemas['ClientCreate'];
export type ClientPatch = Schemas['ClientPatch'];

export type Unit = Schemas['Unit'];
export type User = Schemas['User'];
export type NewUser = Schemas['UserCreate'];
export type UserPatch = Schemas['UserPatch'];

export type AuditEntry = Schemas['AuditEntry'];
export type AuditVerifyResult = Schemas['AuditVerify'];

/** A saved draft; the server keeps `data` as it was given. */
export type Draft<T> = Omit<Schemas['Draft'], 'data'> & { data: T };

// ---- The client's path (referral → assessment → decision → period → plan → final evaluation)

export type ReferralSource = Schemas['ReferralSource'];
export type Referral = Schemas['Referral'];
export type ReferralInput = Schemas['ReferralCreate'];

export type LifeAreaCode = Schemas['LifeAreaCode'];
export type NeedLevel = Schemas['NeedLevel'];
export type LifeArea = Schemas['LifeArea'];
export type NetworkStatement = Schemas['NetworkStatement'];
export type AssessmentInput = Schemas['AssessmentInput'];
export type AssessmentPatch = Schemas['AssessmentPatch'];
export type Assessment = Schemas['Assessment'];

export type Worker = Schemas['Worker'];

export type ServiceForm = Schemas['ServiceForm'];
export type DecisionInput = Schemas['DecisionCreate'];
export type Decision = Schemas['Decision'];
export type CountyTexts = Schemas['CountyText'];
// issue 8 (docs): the written decision, the printed plan, the closing check
export type DecisionPrint = Schemas['DecisionPrint'];
export type NoticeMethod = Schemas['Decision']['notice_method'];
export { decisionNotice_methodValues as NOTICE_METHOD_VALUES } from './api.generated';
export type ClosingCheck = Schemas['ClosingCheck'];
export type ClosingWarning = Schemas['ClosingWarning'];
export type PlanPrint = Schemas['PlanPrint'];

export type Phase = Schemas['Phase'];
export type PeriodStatus = Schemas['PeriodStatus'];
export type ContinuationPath = Schemas['ContinuationPath'];
export type InterruptionReason = Schemas['InterruptionReason'];
export type Extension = Schemas['Extension'];
export type GoalResult = Schemas['GoalResult'];
export type FinalEvaluation = Schemas['FinalEvaluation'];
export type Period = Schemas['Period'];
export type PeriodPatch = Schemas['PeriodPatch'];
export type ExtensionInput = Schemas['ExtensionCreate'];
export type FinalEvaluationInput = Schemas['FinalEvaluationCreate'];

export type GoalStatus = Schemas['GoalStatus'];
export type GasLevels = Schemas['GasLevels'];
export type GoalInput = Schemas['GoalCreate'];
export type GoalPatch = Schemas['GoalPatch'];
export type GoalReview = Schemas['GoalReview'];
export type GoalReviewInput = Schemas['GoalReviewCreate'];
export type Goal = Schemas['Goal'];
export type GoalVersion = Schemas['GoalVersion'];
export type Plan = Schemas['Plan'];

export type MeetingMode = Schemas['MeetingMode'];
export type MeetingContent = Schemas['MeetingContent'];
export type StatutoryItem = Schemas['StatutoryItem'];
export type MeetingInput = Schemas['MeetingCreate'];
export type Meeting = Schemas['Meeting'];

export type OrganisationType = Schemas['OrganisationType'];
export type Consent = Schemas['Consent'];
export type ConsentInput = Schemas['ConsentCreate'];
export type ConsentWithdrawal = Schemas['ConsentWithdraw'];
export type NetworkMember = Schemas['NetworkMember'];
export type NetworkMemberInput = Schemas['NetworkMemberCreate'];
export type NetworkMemberPatch = Schemas['NetworkMemberPatch'];

/** One event of the client's timeline: a union discriminated by `type`. */
export type TimelineEvent = Schemas['TimelineEvent'];
export type TimelineEventType = Schemas['TimelineEventType'];

export type DashboardClient = Schemas['DashboardClient'];
export type DashboardMeeting = Schemas['DashboardMeeting'];
export type DashboardGoalDue = Schemas['DashboardGoalDue'];
export type Dashboard = Schemas['Dashboard'];

// ---- Corrections with history (issue 8)
export type RecordVersion = Schemas['RecordVersion'];
export type MeetingPatch = Schemas['MeetingPatch'];
export type ReferralPatch = Schemas['ReferralPatch'];
export type ConsentPatch = Schemas['ConsentPatch'];
export type AssessmentAddendum = Schemas['AssessmentAddendum'];

// Issue 8: the manager's caseload view and the auditor's lookup.
export type ClientPhase = Schemas['ClientPhase'];
export { clientPhaseValues as CLIENT_PHASE_VALUES } from './api.generated';
export type Caseload = Schemas['Caseload'];
export type CaseloadItem = Schemas['CaseloadItem'];
export type CaseloadSummary = Schemas['CaseloadSummary'];
export type AuditClientHit = Schemas['AuditClientHit'];
