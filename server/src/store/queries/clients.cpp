// store/queries/clients.cpp — see clients.h.
#include "store/queries/clients.h"

#include "store/queries/json_columns.h"

namespace soku::store::clients {

namespace {

constexpr std::string_view kSelect =
    "SELECT c.id, c.hetu, c.birth_date, c.first_name, c.last_name, c.municipality_id, m.code, "
    "m.name, c.languages, c.phone, c.email, c.address, c.safety_notes, c.unit_id, u.name, "
    "c.version, c.created_at, c.updated_at FROM clients c "
    "JOIN municipalities m ON m.id = c.municipality_id LEFT JOIN units u ON u.id = c.unit_id ";

constexpr std::string_view kSelectItem =
    "SELECT c.id, c.first_name, c.last_name, c.hetu, m.code, m.name FROM clients c "
    "JOIN municipalities m ON m.id = c.municipality_id WHERE ";

Client from_row(const Row& r) {
  return {.id = r.str(0),
          .data = {.hetu = r.opt_str(1),
                   .birth_date = r.opt_str(2),
                   .first_name = r.str(3),
                   .last_name = r.str(4),
                   .municipality_id = r.str(5),
                   .languages = list_from_column(r.str(8)),
                   .phone = r.opt_str(9),
                   .email = r.opt_str(10),
                   .address = r.opt_str(11),
                   .safety_notes = r.opt_str(12),
                   .unit_id = r.opt_str(13)},
          .municipality_code = r.str(6),
          .municipality_name = r.str(7),
          .unit_name = r.is_null(14) ? std::string{} : r.str(14),
          .version = r.i64(15),
          .created_at = r.str(16),
          .updated_at = r.str(17)};
}

ListItem item_from_row(const Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.opt_str(3), r.str(4), r.str(5)};
}

Value opt(const std::optional<std::string>& s) { return s ? Value(*s) : Value(nullptr); }

std::string like_pattern(const std::string& folded) {
  std::string p = "%";
  for (char c : folded) {
    if (c == '%' || c == '_' || c == '\\') p.push_back('\\');
    p.push_back(c);
  }
  return p + "%";
}

std::vector<ListItem> page(Tx& tx, const std::string& where, Params params, std::int64_t limit,
                           std::int64_t offset) {
  params.emplace_back(limit);
  params.emplace_back(offset);
  std::vector<ListItem> out;
  for (const auto& r : tx.exec(std::string(kSelectItem) + where +
                                   " ORDER BY c.search_name, c.id LIMIT $" +
                                   std::to_string(params.size() - 1) + " OFFSET $" +
                                   std::to_string(params.size()),
                               params)
                           .rows) {
    out.push_back(item_from_row(r));
  }
  return out;
}

}  // namespace

void insert(Tx& tx, const NewClient& c) {
  const auto& d = c.data;
  tx.exec("INSERT INTO clients (id, county_id, unit_id, hetu, birth_date, first_name, last_name, "
          "search_name, municipality_id, languages, phone, email, address, safety_notes, version, "
          "created_by, created_at, updated_by, updated_at) VALUES "
          "($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,1,$15,$16,$15,$16)",
          {c.id, c.county_id, opt(d.unit_id), opt(d.hetu), opt(d.birth_date), d.first_name,
           d.last_name, domain::search_name(d.first_name, d.last_name), d.municipality_id,
           list_column(d.languages), opt(d.phone), opt(d.email), opt(d.address),
           opt(d.safety_notes), c.created_by, c.created_at});
}

Client get(Tx& tx, const std::string& id) {
  return from_row(tx.exec(std::string(kSelect) + "WHERE c.id = $1", {id}).one());
}

domain::ClientData data(Tx& tx, const std::string& id) { return get(tx, id).data; }

void update(Tx& tx, const std::string& id, std::int64_t version, const domain::ClientData& d,
            const std::string& updated_by, const std::string& updated_at) {
  update_versioned(tx, "clients", id, version,
                   "hetu = $1, birth_date = $2, first_name = $3, last_name = $4, "
                   "search_name = $5, municipality_id = $6, languages = $7, phone = $8, "
                   "email = $9, address = $10, safety_notes = $11, unit_id = $12, "
                   "updated_by = $13, updated_at = $14",
                   {opt(d.hetu), opt(d.birth_date), d.first_name, d.last_name,
                    domain::search_name(d.first_name, d.last_name), d.municipality_id,
                    list_column(d.languages), opt(d.phone), opt(d.email), opt(d.address),
                    opt(d.safety_notes), opt(d.unit_id), updated_by, updated_at});
}

std::optional<Placement> placement(Tx& tx, const std::string& id) {
  const auto r = tx.exec("SELECT county_id, unit_id FROM clients WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  return Placement{r.rows[0].str(0), r.rows[0].opt_str(1)};
}

std::vector<ListItem> lookup_code(Tx& tx, const std::string& county_id, const std::string& hetu,
                                  std::int64_t limit, std::int64_t offset) {
  return page(tx, "c.county_id = $1 AND c.hetu = $2", {county_id, hetu}, limit, offset);
}

std::vector<ListItem> in_scope(Tx& tx, const std::string& scope, Params params, bool by_code,
                               const std::string& search, std::int64_t limit, std::int64_t offset) {
  std::string where = scope;
  if (by_code) {
    params.emplace_back(search);
    where += " AND c.hetu = $" + std::to_string(params.size());
  } else {
    params.emplace_back(like_pattern(search));
    where += " AND c.search_name LIKE $" + std::to_string(params.size()) + " ESCAPE '\\'";
  }
  return page(tx, where, std::move(params), limit, offset);
}

std::optional<std::string> municipality_id(Tx& tx, const std::string& county_id,
                                           const std::string& code) {
  const auto r = tx.exec("SELECT id FROM municipalities WHERE county_id = $1 AND code = $2",
                         {county_id, code});
  if (r.empty()) return std::nullopt;
  return r.rows[0].str(0);
}

std::optional<std::string> unit_id(Tx& tx, const std::string& county_id,
                                   const std::string& unit_id) {
  const auto r =
      tx.exec("SELECT id FROM units WHERE county_id = $1 AND id = $2", {county_id, unit_id});
  if (r.empty()) return std::nullopt;
  return r.rows[0].str(0);
}

void insert_access_reason(Tx& tx, const NewAccessReason& r) {
  tx.exec("INSERT INTO access_reasons (id, county_id, client_id, user_id, reason, created_at, "
          "expires_at) VALUES ($1,$2,$3,$4,$5,$6,$7)",
          {r.id, r.county_id, r.client_id, r.user_id, r.reason, r.created_at, r.expires_at});
}

}  // namespace soku::store::clients
