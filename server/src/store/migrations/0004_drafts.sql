-- name: drafts and feedback
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
