-- name: audit log
-- Append-only: the database itself refuses to change or remove an audit entry (the triggers are
-- in 0003_audit.sqlite.sql and 0003_audit.postgres.sql).
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
