-- name: corrections with history
-- Meetings, referrals, network members and consents are corrected in place with a reason; each
-- earlier wording is kept in record_versions (who wrote it, who replaced it, when and why). A
-- completed assessment is not rewritten: it gets addenda.
ALTER TABLE meetings ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE referrals ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE network_members ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE consents ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
CREATE TABLE record_versions (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  version BIGINT NOT NULL,
  content TEXT NOT NULL,
  written_by TEXT NOT NULL REFERENCES users(id),
  written_at TEXT NOT NULL,
  reason TEXT NOT NULL,
  corrected_by TEXT NOT NULL REFERENCES users(id),
  corrected_at TEXT NOT NULL,
  UNIQUE (record_type, record_id, version)
);
CREATE INDEX record_versions_client ON record_versions(client_id);
CREATE TABLE assessment_addenda (
  id TEXT PRIMARY KEY,
  county_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(id),
  assessment_id TEXT NOT NULL REFERENCES assessments(id),
  text TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX assessment_addenda_assessment ON assessment_addenda(assessment_id);
