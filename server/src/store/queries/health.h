// store/queries/health.h — the liveness probe's query.
#pragma once

#include "store/db.h"

namespace soku::store::health {

// Runs a trivial statement: throws when the database does not answer.
void ping(Tx& tx);

}  // namespace soku::store::health
