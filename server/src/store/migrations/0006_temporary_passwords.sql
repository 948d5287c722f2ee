-- name: temporary passwords
-- A password set by an admin (or `soku user add`) is temporary: the user must set their own before
-- doing anything else (security item 3).
ALTER TABLE users ADD COLUMN must_change_password BIGINT NOT NULL DEFAULT 0;
