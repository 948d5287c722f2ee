// Types of the soku JSON API (/api/v1) as the web app uses them. They follow the contract in
// docs/openapi.yaml; once that document is complete these should be generated from it
// (openapi-typescript) instead of being kept by hand.

export const ROLES = [
  'social_worker',
  'social_counsellor',
  'group_instructor',
  'experience_expert',
  'manager',
  'analyst',
  'admin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export interface CodeName {
  code: string;
  name: string;
}

export interface RoleAssignment {
  role: Role;
  county: string;
  /** unit id */
  unit: string | null;
  /** the unit's name, when the server includes it */
  unit_name?: string | null;
}

export interface Me {
  id: string;
  username: string;
  display_name: string;
  county: CodeName;
  roles: RoleAssignment[];
  /** What the user's roles permit in their county, not about one client (security::authorize()). */
  actions: UserAction[];
}

export type UserAction = 'client_search' | 'client_create' | 'audit_read' | 'admin_read' | 'admin_write' | 'report_read';

export interface SessionResponse {
  user: Me;
  csrf_token: string;
  /** The password was set by an admin: the user must set their own before anything else. */
  password_change_required?: boolean;
}

export interface ListResponse<T> {
  items: T[];
  next_cursor?: string | null;
}

export const CLIENT_LANGUAGES = ['fi', 'sv', 'other'] as const;
export type ClientLanguage = (typeof CLIENT_LANGUAGES)[number];

export interface ClientSummary {
  id: string;
  first_name: string;
  last_name: string;
  hetu_masked: string | null;
  municipality: CodeName;
}

export interface Contact {
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

export interface Client {
  id: string;
  hetu: string | null;
  birth_date: string | null;
  first_name: string;
  last_name: string;
  municipality: CodeName;
  languages: string[];
  contact: Contact;
  safety_notes: string | null;
  unit: { id: string; name: string } | null;
  version: number;
  created_at: string;
  updated_at: string;
  relationship: string;
}

export interface ClientInput {
  hetu?: string;
  first_name: string;
  last_name: string;
  municipality: string;
  languages: string[];
  contact: { phone?: string; email?: string; address?: string };
  safety_notes?: string;
}

export interface ClientPatch extends Partial<ClientInput> {
  version: number;
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  municipality: CodeName | null;
}

export interface User {
  id: string;
  username: string;
  display_name: string;
  active: boolean;
  /** The password is temporary (set by an admin) and the user has not yet set their own. */
  password_change_required?: boolean;
  roles: RoleAssignment[];
}

export interface NewUser {
  username: string;
  display_name: string;
  password: string;
  roles: { role: Role; unit?: string }[];
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor_id: string;
  actor_username: string;
  actor_role: string;
  client_id: string | null;
  resource_type: string;
  resource_id: string | null;
  action: string;
  relationship: string | null;
  reason: string | null;
  request_id: string | null;
  outcome: string;
  flagged: boolean;
  /** For account events (resource_type "user"): the username of the account concerned. */
  subject_username?: string | null;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  first_bad_seq: number | null;
  problem: string | null;
}

export interface Draft<T> {
  data: T;
  updated_at: string;
}

// ---- The client's path (referral → assessment → decision → period → plan → final evaluation)

export interface Referral {
  id: string;
  source: string;
  reason: string;
  received_on: string;
  created_at: string;
}
export interface ReferralInput {
  source: string;
  reason: string;
  received_on: string;
}

export interface LifeArea {
  area: string;
  client_view: string;
  worker_view: string;
  strengths: string;
  need_level: string | null;
}
export interface NetworkStatement {
  source: string;
  summary: string;
  received_on: string | null;
}
export interface AssessmentInput {
  life_areas: LifeArea[];
  network_statements: NetworkStatement[];
  summary: string;
  conclusion: 'needed' | 'not_needed' | null;
  completed_on?: string;
}
export interface Assessment extends Omit<AssessmentInput, 'completed_on'> {
  id: string;
  client_id: string;
  completed_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface Worker {
  id: string;
  display_name: string;
  username: string;
}

export interface DecisionInput {
  outcome: 'granted' | 'denied';
  service_forms?: string[];
  starts_on?: string;
  deadline?: string;
  key_worker_id?: string;
  grounds: string;
  language: 'fi' | 'sv';
  appeal_instructions?: string;
}
export interface Decision {
  id: string;
  client_id: string;
  outcome: 'granted' | 'denied';
  service_forms: string[];
  starts_on: string | null;
  deadline: string | null;
  key_worker_id: string | null;
  key_worker_name: string | null;
  grounds: string;
  appeal_instructions: string;
  language: 'fi' | 'sv';
  decided_by: string;
  decided_by_name: string;
  decided_on: string;
  created_at: string;
  period_id: string | null;
}
export interface CountyTexts {
  key: string;
  fi: string;
  sv: string;
}

export interface Extension {
  id: string;
  previous_deadline: string;
  new_deadline: string;
  reason: string;
  created_by_name: string;
  created_at: string;
}
export interface GoalResult {
  goal_id: string;
  attainment: number;
  note?: string;
}
export interface FinalEvaluation {
  id: string;
  interrupted: boolean;
  reason: string | null;
  goal_results: GoalResult[];
  continuation: string | null;
  client_view: string;
  worker_view: string;
  evaluated_on: string;
}
export interface Period {
  id: string;
  client_id: string;
  decision_id: string;
  key_worker_id: string;
  key_worker_name: string;
  service_forms: string[];
  starts_on: string;
  deadline: string;
  phase: string;
  status: 'open' | 'closed' | 'interrupted';
  ended_on: string | null;
  version: number;
  extensions: Extension[];
  final_evaluation: FinalEvaluation | null;
}
export type FinalEvaluationInput =
  | {
      goal_results: GoalResult[];
      continuation: string;
      client_view: string;
      worker_view: string;
      evaluated_on: string;
    }
  | { interrupted: true; reason: string; worker_view?: string; evaluated_on: string };

export type GasLevels = Record<'-2' | '-1' | '0' | '1' | '2', string>;
export interface GoalInput {
  text: string;
  means: string;
  responsible: string;
  review_on?: string | null;
  gas_levels?: GasLevels | null;
  weight: number;
}
export interface GoalReview {
  id: string;
  reviewed_on: string;
  attainment: number;
  note: string;
}
export interface Goal {
  id: string;
  client_id: string;
  period_id: string | null;
  version: number;
  status: string;
  text: string;
  means: string;
  responsible: string;
  review_on: string | null;
  gas_levels: GasLevels | null;
  weight: number;
  updated_at: string;
  reviews: GoalReview[];
  latest_attainment: number | null;
}
export interface GoalVersion {
  version: number;
  text: string;
  means: string;
  responsible: string;
  review_on: string | null;
  gas_levels: GasLevels | null;
  weight: number;
  created_by_name: string;
  created_at: string;
}
export interface Plan {
  client: { id: string; first_name: string; last_name: string; languages: string[] };
  period: { id: string; starts_on: string; deadline: string; phase: string; status: string; key_worker_name: string } | null;
  goals: Goal[];
  next_reviews: { goal_id: string; review_on: string }[];
}

export interface MeetingInput {
  held_on: string;
  minutes: number;
  mode: string;
  contents: string[];
  statutory_item: string;
  tasks: string[];
  note: string;
  kind: 'individual' | 'network';
  participants: string[];
}
export interface Meeting extends MeetingInput {
  id: string;
  created_by_name: string;
  created_at: string;
}

export interface Consent {
  id: string;
  scope: string;
  given_on: string;
  withdrawn_on: string | null;
  withdrawal_reason: string | null;
}
export interface NetworkMember {
  id: string;
  organisation_type: string;
  name: string;
  role: string;
  contact: string;
  active: boolean;
  consent_status: 'given' | 'withdrawn' | 'none';
  consent: Consent | null;
  consents: Consent[];
}
export interface NetworkMemberInput {
  organisation_type: string;
  name: string;
  role: string;
  contact: string;
  consent?: { scope: string; given_on: string };
}

export interface TimelineEvent {
  type: string;
  date: string;
  id: string;
  detail: Record<string, unknown>;
}

export interface DashboardClient {
  id: string;
  first_name: string;
  last_name: string;
  phase: string;
  period_id: string | null;
  deadline: string | null;
  key_worker: boolean;
  last_contact: string | null;
  next_meeting: string | null;
}
export interface Dashboard {
  today: string;
  week: {
    from: string;
    to: string;
    meetings: { id: string; client_id: string; first_name: string; last_name: string; held_on: string; mode: string; minutes: number; kind: string }[];
  };
  clients: DashboardClient[];
  deadlines: DashboardClient[];
  no_contact: DashboardClient[];
  goals_due: { goal_id: string; client_id: string; first_name: string; last_name: string; text: string; review_on: string }[];
  drafts: { key: string; updated_at: string }[];
}
