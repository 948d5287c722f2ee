// store/queries/health.cpp — see health.h.
#include "store/queries/health.h"

namespace soku::store::health {

void ping(Tx& tx) { tx.exec("SELECT 1"); }

}  // namespace soku::store::health
