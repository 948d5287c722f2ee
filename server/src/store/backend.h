// store/backend.h — what the two backends (sqlite/, postgres/) share behind store/db.h; the rest
// of the server includes db.h only. Implemented in db.cpp.
#pragma once

#include <string_view>

#include "store/db.h"

namespace soku::store {

// A backend's transaction. Any failed statement dooms it: SQLite would let the caller catch the
// error and commit the rest, which PostgreSQL refuses, and code must behave the same on both
// backends. An error raised on our side (an unreadable column, say) is treated the same way. The
// backend's commit() checks failed() and refuses.
class BackendTx : public Tx {
public:
  Result exec(std::string_view sql, const Params& params) final;
  void exec_script(std::string_view sql) final;

protected:
  // The backend's statement and script; a throw marks the transaction failed.
  virtual Result run(std::string_view sql, const Params& params) = 0;
  virtual void run_script(std::string_view sql) = 0;
  [[nodiscard]] bool failed() const { return failed_; }

private:
  bool failed_ = false;
};

// Marks the databases whose write transaction this thread holds, so that a nested write fails
// at once (DbError) instead of committing on its own outside the caller's transaction, waiting on
// a row lock the caller holds (PostgreSQL) or deadlocking on the writer mutex (SQLite).
class WriteScope {
public:
  explicit WriteScope(const Database* db);
  ~WriteScope();
  WriteScope(const WriteScope&) = delete;
  WriteScope& operator=(const WriteScope&) = delete;

private:
  const Database* db_;
};

}  // namespace soku::store
