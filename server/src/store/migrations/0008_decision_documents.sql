-- name: decision documents
-- The written decision (Hallintolaki §§ 44–45): a county-wide running number per year
-- ("SOSKU 2026/123"), the decision maker's title, and how and when the decision is sent to the
-- party (the day of notice is derived from them, § 59). The counter row of a county and year is
-- bumped with an upsert in the deciding transaction, so concurrent decisions get distinct numbers;
-- the unique index is the backstop. Decisions made before this migration have no number.
CREATE TABLE decision_numbers (
  county_id TEXT NOT NULL,
  year BIGINT NOT NULL,
  last_number BIGINT NOT NULL,
  PRIMARY KEY (county_id, year)
);
ALTER TABLE decisions ADD COLUMN number_year BIGINT;
ALTER TABLE decisions ADD COLUMN number_seq BIGINT;
ALTER TABLE decisions ADD COLUMN decider_title TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN notice_method TEXT NOT NULL DEFAULT 'mail';
ALTER TABLE decisions ADD COLUMN sent_on TEXT;
CREATE UNIQUE INDEX decisions_number ON decisions(county_id, number_year, number_seq);
