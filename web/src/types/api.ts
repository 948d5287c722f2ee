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
}

export interface SessionResponse {
  user: Me;
  csrf_token: string;
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
