-- name: the client's path
-- The client's path (domain.md): referral → assessment → decision → service period → plan and
-- goals → individual work → network → final evaluation. History is appended, never overwritten:
-- goal_versions, period_extensions, consents (withdrawal is a new column value, the row stays).
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
