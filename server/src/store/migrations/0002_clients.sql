-- name: client register and relationships
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
