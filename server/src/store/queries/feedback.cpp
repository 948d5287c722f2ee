// store/queries/feedback.cpp — see feedback.h.
#include "store/queries/feedback.h"

namespace soku::store::feedback {

void insert(Tx& tx, const NewFeedback& f) {
  tx.exec("INSERT INTO feedback (id, county_id, message, contact, created_at) VALUES "
          "($1,$2,$3,$4,$5)",
          {f.id, f.county_id, f.message, f.contact ? Value(*f.contact) : Value(nullptr),
           f.created_at});
}

}  // namespace soku::store::feedback
