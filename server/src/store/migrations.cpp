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

}  // namespace

const std::vector<Migration>& all_migrations() {
  static const std::vector<Migration> migrations = {
      {1, "organisation, users, sessions", kV1Organisation, {}, {}},
      {2, "client register and relationships", kV2Clients, {}, {}},
      {3, "audit log", kV3Audit, kV3AuditSqlite, kV3AuditPostgres},
      {4, "drafts and feedback", kV4Drafts, {}, {}},
  };
  return migrations;
}

}  // namespace soku::store
