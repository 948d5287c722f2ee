// store/migrations.cpp — the schema of soku, one migration at a time.
//
// Portable SQL: TEXT ids (random, opaque), TEXT timestamps in UTC ISO 8601, BIGINT integers,
// 0/1 booleans. Where history matters rows are appended, never updated in place.
#include "store/migrations.h"

namespace soku::store {

namespace {

constexpr std::string_view kV1Organisation = R"SQL(
CREATE TABLE counties (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  settings TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL
);
CREATE TABLE municipalities (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL REFERENCES counties(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (county_id, code)
);
CREATE TABLE units (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL REFERENCES counties(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  municipality_id TEXT REFERENCES municipalities(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (county_id, code)
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL REFERENCES counties(id),
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE user_roles (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL REFERENCES counties(id),
  user_id TEXT NOT NULL REFERENCES users(id),
  role TEXT NOT NULL,
  unit_id TEXT REFERENCES units(id)
);
CREATE INDEX user_roles_user ON user_roles(user_id);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_ms BIGINT NOT NULL,
  last_seen_ms BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE login_attempts (
  throttle_key TEXT PRIMARY KEY,
  county_id TEXT NOT NULL DEFAULT '',
  window_start_ms BIGINT NOT NULL,
  failures BIGINT NOT NULL
);
)SQL";

constexpr std::string_view kV2Clients = R"SQL(
CREATE TABLE clients (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL REFERENCES counties(id),
  unit_id TEXT REFERENCES units(id),
  hetu TEXT,
  birth_date TEXT,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  search_name TEXT NOT NULL,
  municipality_id TEXT NOT NULL REFERENCES municipalities(id),
  languages TEXT NOT NULL DEFAULT '[]',
  phone TEXT,
  email TEXT,
  address TEXT,
  safety_notes TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_by TEXT NOT NULL REFERENCES users(id),
  updated_at TEXT NOT NULL,
  UNIQUE (county_id, hetu)
);
CREATE INDEX clients_unit ON clients(county_id, unit_id);
CREATE INDEX clients_search ON clients(county_id, search_name);
CREATE TABLE client_relations (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  user_id TEXT NOT NULL REFERENCES users(id),
  relationship TEXT NOT NULL,
  since TEXT NOT NULL,
  last_activity_at TEXT NOT NULL,
  ended_at TEXT,
  UNIQUE (client_id, user_id, relationship)
);
CREATE INDEX client_relations_user ON client_relations(user_id);
CREATE TABLE access_reasons (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  user_id TEXT NOT NULL REFERENCES users(id),
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX access_reasons_lookup ON access_reasons(client_id, user_id);
)SQL";

constexpr std::string_view kV3Audit = R"SQL(
CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  county_id TEXT NOT NULL,
  at TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  client_id TEXT NOT NULL,
  resource_type TEXT NOT NULL,
  resource_id TEXT NOT NULL,
  action TEXT NOT NULL,
  relationship TEXT NOT NULL,
  reason TEXT NOT NULL,
  request_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  flagged BIGINT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_client ON audit_log(client_id, seq);
CREATE INDEX audit_log_actor ON audit_log(actor_id, seq);
CREATE TABLE audit_head (
  id BIGINT PRIMARY KEY,
  county_id TEXT NOT NULL DEFAULT '',
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, county_id, seq, hash)
  VALUES (1, '', 0, '0000000000000000000000000000000000000000000000000000000000000000');
)SQL";

// Append-only: the database itself refuses to change or remove an audit entry.
constexpr std::string_view kV3AuditSqlite = R"SQL(
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)SQL";
constexpr std::string_view kV3AuditPostgres = R"SQL(
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
)SQL";

constexpr std::string_view kV4Drafts = R"SQL(
CREATE TABLE drafts (
  county_id TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id),
  draft_key TEXT NOT NULL,
  data TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, draft_key)
);
CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL,
  contact TEXT,
  created_at TEXT NOT NULL
);
)SQL";

// The client's path (domain.md): referral → assessment → decision → service period → plan and
// goals → individual work → network → final evaluation. History is appended, never overwritten:
// goal_versions, period_extensions, consents (withdrawal is a new column value, the row stays).
constexpr std::string_view kV5ClientPath = R"SQL(
CREATE TABLE referrals (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  source TEXT NOT NULL,
  reason TEXT NOT NULL,
  received_on TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX referrals_client ON referrals(client_id);
CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  document TEXT NOT NULL,
  conclusion TEXT,
  completed_on TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_by TEXT NOT NULL REFERENCES users(id),
  updated_at TEXT NOT NULL
);
CREATE INDEX assessments_client ON assessments(client_id);
CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  outcome TEXT NOT NULL,
  service_forms TEXT NOT NULL,
  starts_on TEXT,
  deadline TEXT,
  key_worker_id TEXT REFERENCES users(id),
  grounds TEXT NOT NULL,
  appeal_instructions TEXT NOT NULL,
  language TEXT NOT NULL,
  decided_by TEXT NOT NULL REFERENCES users(id),
  decided_on TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX decisions_client ON decisions(client_id);
CREATE TABLE periods (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  decision_id TEXT NOT NULL REFERENCES decisions(id),
  key_worker_id TEXT NOT NULL REFERENCES users(id),
  service_forms TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  deadline TEXT NOT NULL,
  phase TEXT NOT NULL,
  status TEXT NOT NULL,
  ended_on TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX periods_client ON periods(client_id);
CREATE INDEX periods_key_worker ON periods(key_worker_id, status);
CREATE TABLE period_extensions (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  period_id TEXT NOT NULL REFERENCES periods(id),
  client_id TEXT NOT NULL REFERENCES clients(id),
  previous_deadline TEXT NOT NULL,
  new_deadline TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE TABLE goals (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  period_id TEXT REFERENCES periods(id),
  current_version BIGINT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active',
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX goals_client ON goals(client_id);
CREATE TABLE goal_versions (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  goal_id TEXT NOT NULL REFERENCES goals(id),
  client_id TEXT NOT NULL REFERENCES clients(id),
  version BIGINT NOT NULL,
  text TEXT NOT NULL,
  means TEXT NOT NULL,
  responsible TEXT NOT NULL,
  review_on TEXT,
  gas_levels TEXT,
  weight BIGINT NOT NULL DEFAULT 1,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  UNIQUE (goal_id, version)
);
CREATE TABLE goal_reviews (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  goal_id TEXT NOT NULL REFERENCES goals(id),
  client_id TEXT NOT NULL REFERENCES clients(id),
  reviewed_on TEXT NOT NULL,
  attainment BIGINT NOT NULL,
  note TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX goal_reviews_goal ON goal_reviews(goal_id);
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  period_id TEXT REFERENCES periods(id),
  held_on TEXT NOT NULL,
  minutes BIGINT NOT NULL,
  mode TEXT NOT NULL,
  contents TEXT NOT NULL,
  statutory_item TEXT NOT NULL,
  tasks TEXT NOT NULL,
  note TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'individual',
  participants TEXT NOT NULL DEFAULT '[]',
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX meetings_client ON meetings(client_id, held_on);
CREATE INDEX meetings_author ON meetings(created_by, held_on);
CREATE TABLE network_members (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  organisation_type TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  contact TEXT NOT NULL,
  active BIGINT NOT NULL DEFAULT 1,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX network_members_client ON network_members(client_id);
CREATE TABLE consents (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  member_id TEXT NOT NULL REFERENCES network_members(id),
  scope TEXT NOT NULL,
  given_on TEXT NOT NULL,
  withdrawn_on TEXT,
  withdrawal_reason TEXT,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX consents_member ON consents(member_id);
CREATE TABLE final_evaluations (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  period_id TEXT NOT NULL UNIQUE REFERENCES periods(id),
  interrupted BIGINT NOT NULL,
  reason TEXT,
  goal_results TEXT NOT NULL,
  continuation TEXT,
  client_view TEXT NOT NULL,
  worker_view TEXT NOT NULL,
  evaluated_on TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE TABLE county_texts (
  county_id TEXT NOT NULL,
  text_key TEXT NOT NULL,
  language TEXT NOT NULL,
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (county_id, text_key, language)
);
)SQL";

// A password set by an admin (or `soku user add`) is temporary: the user must set their own before
// doing anything else (security item 3).
constexpr std::string_view kV6Accounts = R"SQL(
ALTER TABLE users ADD COLUMN must_change_password BIGINT NOT NULL DEFAULT 0;
)SQL";

}  // namespace

const std::vector<Migration>& all_migrations() {
  static const std::vector<Migration> migrations = {
      {1, "organisation, users, sessions", kV1Organisation, {}, {}},
      {2, "client register and relationships", kV2Clients, {}, {}},
      {3, "audit log", kV3Audit, kV3AuditSqlite, kV3AuditPostgres},
      {4, "drafts and feedback", kV4Drafts, {}, {}},
      {5, "the client's path", kV5ClientPath, {}, {}},
      {6, "temporary passwords", kV6Accounts, {}, {}},
  };
  return migrations;
}

}  // namespace soku::store
