// store/backup.h — `soku backup` and `soku restore` for the embedded SQLite database.
// PostgreSQL has its own tools (pg_dump -Fc / pg_restore, or base backups with WAL archiving),
// which soku does not reimplement: for a postgresql:// URL these functions say so.
#pragma once

#include <string>

namespace soku::store {

// Online, consistent copy of the SQLite database at `url` into the file `to` (which must not
// exist), with SQLite's backup API while the server may keep running.
void backup(const std::string& url, const std::string& to);
// Replaces the database at `url` with the copy `from` after checking that `from` is a soku
// database (it has schema_migrations). The server must be stopped.
void restore(const std::string& url, const std::string& from);

}  // namespace soku::store
