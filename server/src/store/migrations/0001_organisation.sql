-- name: organisation, users, sessions
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
