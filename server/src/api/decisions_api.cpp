// api/decisions_api.cpp — the decision (päätös) and the service period it opens.
//
// Only a user with decision authority may decide (policy action client_decide: a social worker
// with a relationship to the client); others get 403. A granted decision names the key worker
// (omatyöntekijä, SHL § 42), opens a service period and makes the key worker a `key_worker` of the
// client; the decider becomes `decision_maker`. Appeal instructions come from the county's
// editable template (fi, sv) unless the decision gives its own text.
//
// The rules are domain/decisions.h and domain/periods.h; the queries store/queries/decisions.h,
// periods.h and county_texts.h.
#include "api/app.h"
#include "api/fields.h"
#include "api/json.h"
#include "common/time.h"
#include "domain/client_path.h"
#include "domain/codes.h"
#include "domain/decisions.h"
#include "domain/periods.h"
#include "security/crypto.h"
#include "security/scope.h"
#include "store/queries/county_texts.h"
#include "store/queries/decisions.h"
#include "store/queries/periods.h"
#include "store/queries/records.h"
#include "store/queries/relations.h"

namespace soku::api {

using http::Problem;
using http::Response;
using security::Action;

namespace {


// The authority that made the decision (Hallintolaki § 44): the wellbeing county, the client's
// unit and the county's contact text in the decision's language.
struct AuthorityText {
  store::decisions::Authority authority;
  std::string contact;
};

nlohmann::json decision_json(const store::decisions::Decision& d, const AuthorityText& a) {
  std::optional<std::string> number;
  if (d.number_year && d.number_seq) {
    number = domain::format_decision_number(static_cast<int>(*d.number_year), *d.number_seq);
  }
  std::optional<std::string> notified;
  std::optional<std::string> appeal_by;
  if (d.sent_on) {
    notified = domain::notified_on(d.notice_method, *d.sent_on);
    appeal_by = domain::appeal_deadline(*notified);
  }
  return {{"id", d.id},
          {"client_id", d.client_id},
          {"number", or_null(number)},
          {"outcome", d.outcome},
          {"service_forms", d.service_forms},
          {"starts_on", or_null(d.starts_on)},
          {"deadline", or_null(d.deadline)},
          {"key_worker_id", or_null(d.key_worker_id)},
          {"key_worker_name", or_null(d.key_worker_name)},
          {"grounds", d.grounds},
          {"appeal_instructions", d.appeal_instructions},
          {"language", d.language},
          {"decided_by", d.decided_by},
          {"decided_by_name", d.decided_by_name},
          {"decided_by_title", d.decider_title},
          {"decided_on", d.decided_on},
          {"notice_method", d.notice_method},
          {"sent_on", or_null(d.sent_on)},
          {"notified_on", or_null(notified)},
          {"appeal_deadline", or_null(appeal_by)},
          {"authority",
           {{"county_name", a.authority.county_name},
            {"unit_name", or_null(a.authority.unit_name)},
            {"contact", a.contact}}},
          {"created_at", d.created_at},
          {"period_id", or_null(d.period_id)}};
}

// The county's text, or the default when it has written none.
std::string county_text(store::Tx& tx, const std::string& county_id, const std::string& key,
                        const std::string& language) {
  if (auto text = store::county_texts::find(tx, county_id, key, language)) return *text;
  if (key == "appeal_instructions") return domain::default_appeal_instructions(language);
  return {};
}

AuthorityText authority_of(store::Tx& tx, const std::string& county_id,
                           const std::string& client_id, const std::string& language) {
  return {store::decisions::authority(tx, client_id),
          county_text(tx, county_id, "authority_contact", language)};
}

}  // namespace

void register_decisions(App& app) {
  // The client's timeline: each decision on the day it was made.
  app.timeline_source("decision", [](store::Tx& tx, const std::string& client_id) {
    std::vector<TimelineEntry> out;
    for (const auto& d : store::decisions::for_client(tx, client_id)) {
      out.push_back({d.decided_on, d.created_at, d.id, {{"outcome", d.outcome}}});
    }
    return out;
  });

  app.route(
      {.method = "POST",
       .pattern = "/api/v1/clients/{id}/decisions",
       .gate = Gate::client,
       .action = Action::client_decide,
       .audit_action = "create",
       .resource_type = "decision"},
      [](Ctx& ctx) {
        const auto body = ctx.body();
        Fields f(body);
        const auto outcome = f.choice("outcome", true, domain::code_list("decision_outcome"));
        const bool granted = outcome && domain::decision_opens_period(*outcome);
        const auto forms = f.strings("service_forms", granted, domain::service_forms(), 2);
        if (forms) {
          if (auto problem = domain::service_forms_problem(granted, *forms)) {
            f.error("service_forms", *problem);
          }
        }
        const auto starts = f.date("starts_on", granted);
        const auto deadline = f.date("deadline", granted);
        const auto key_worker = f.text("key_worker_id", granted, 64);
        const auto grounds = f.block("grounds", true, 8000);
        const auto language = f.choice("language", false, domain::code_list("decision_language"));
        auto appeal = f.block("appeal_instructions", false, 8000);
        const auto decided_on = f.date("decided_on", false);
        const auto title = f.text("decided_by_title", false, 200);
        const auto notice = f.choice("notice_method", false, domain::notice_methods());
        const auto sent_on = f.date("sent_on", false);
        if (starts && deadline) {
          if (auto problem = domain::period_dates_problem(*starts, *deadline)) {
            f.error("deadline", *problem);
          }
        }
        const auto& c = *ctx.client;
        if (granted && key_worker && !key_worker->empty()) {
          bool eligible = false;
          ctx.app.db().read([&](store::Tx& tx) {
            eligible = store::decisions::active_user_with_role(
                tx, *key_worker, c.county_id(),
                security::roles_that_may(Action::client_update,
                                         security::Relationship::key_worker));
          });
          if (!eligible) {
            f.error("key_worker_id", "must be an active social worker or counsellor of the county");
          }
        }
        f.finish();
        const std::string id = security::new_id();
        const std::string now = time::now_iso();
        const std::string me = ctx.me().id;
        store::decisions::Decision saved;
        AuthorityText authority;
        ctx.app.db().write([&](store::Tx& tx) {
          if (domain::decision_refused(
                  granted, store::records::open_period_id(tx, c.client_id()).has_value())) {
            throw Problem::conflict(
                "period-open", "The client already has an open service period; extend it instead.");
          }
          // The decision is written in the client's language (Swedish when that comes first).
          const std::string lang = domain::decision_language(
              language, language ? std::vector<std::string>{}
                                 : store::decisions::client_languages(tx, c.client_id()));
          if (!appeal || appeal->empty()) {
            appeal = county_text(tx, c.county_id(), "appeal_instructions", lang);
          }
          const std::string on = decided_on.value_or(time::today());
          const auto year = domain::decision_year(on);
          const auto seq = store::decisions::next_number(tx, c.county_id(), year);
          store::decisions::insert(tx, {.id = id,
                                        .county_id = c.county_id(),
                                        .client_id = c.client_id(),
                                        .outcome = *outcome,
                                        .service_forms = forms.value_or(std::vector<std::string>{}),
                                        .starts_on = starts,
                                        .deadline = deadline,
                                        .key_worker_id = granted ? key_worker : std::nullopt,
                                        .grounds = *grounds,
                                        .appeal_instructions = *appeal,
                                        .language = lang,
                                        .decided_by = me,
                                        .decided_on = on,
                                        .created_at = now,
                                        .number_year = year,
                                        .number_seq = seq,
                                        .decider_title = title && !title->empty()
                                                             ? *title
                                                             : domain::default_decider_title(lang),
                                        .notice_method = notice.value_or("mail"),
                                        .sent_on = sent_on.value_or(on)});
          store::relations::record(tx, c.county_id(), c.client_id(), me, "decision_maker", now);
          if (granted) {
            store::periods::insert(tx, {.id = security::new_id(),
                                        .county_id = c.county_id(),
                                        .client_id = c.client_id(),
                                        .decision_id = id,
                                        .key_worker_id = *key_worker,
                                        .service_forms = *forms,
                                        .starts_on = *starts,
                                        .deadline = *deadline,
                                        .created_at = now});
            store::relations::record(tx, c.county_id(), c.client_id(), *key_worker, "key_worker",
                                     now);
          }
          saved = store::decisions::get(tx, id);
          authority = authority_of(tx, c.county_id(), c.client_id(), saved.language);
        });
        return Response::json(201, decision_json(saved, authority));
      });

  app.route({.method = "GET",
             .pattern = "/api/v1/clients/{id}/decisions",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "decision"},
            [](Ctx& ctx) {
              auto items = nlohmann::json::array();
              ctx.app.db().read([&](store::Tx& tx) {
                const auto& c = *ctx.client;
                for (const auto& d : store::decisions::for_client(tx, c.client_id())) {
                  items.push_back(
                      decision_json(d, authority_of(tx, c.county_id(), c.client_id(), d.language)));
                }
              });
              return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
            });

  app.route({.method = "GET",
             .pattern = "/api/v1/decisions/{id}",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "read",
             .resource_type = "decision",
             .client_of = client_of_table("decisions")},
            [](Ctx& ctx) {
              nlohmann::json out;
              ctx.app.db().read([&](store::Tx& tx) {
                const auto d = store::decisions::get(tx, ctx.req.param("id"));
                out = decision_json(d, authority_of(tx, d.county_id, d.client_id, d.language));
              });
              return Response::json(200, out);
            });

  // The decision as printed for the party: the decision and the party it applies to directly
  // (name, full identity code, address; Hallintolaki § 44). A read of the client's record that is
  // audited as "print" — the printed page leaves the system.
  app.route({.method = "GET",
             .pattern = "/api/v1/decisions/{id}/print",
             .gate = Gate::client,
             .action = Action::client_read,
             .audit_action = "print",
             .resource_type = "decision",
             .client_of = client_of_table("decisions")},
            [](Ctx& ctx) {
              nlohmann::json out;
              ctx.app.db().read([&](store::Tx& tx) {
                const auto d = store::decisions::get(tx, ctx.req.param("id"));
                out = decision_json(d, authority_of(tx, d.county_id, d.client_id, d.language));
                const auto p = store::decisions::party(tx, d.client_id);
                out["party"] = {{"first_name", p.first_name},
                                {"last_name", p.last_name},
                                {"hetu", or_null(p.hetu)},
                                {"birth_date", or_null(p.birth_date)},
                                {"address", or_null(p.address)}};
              });
              return Response::json(200, out);
            });

  // The county's editable texts in Finnish and Swedish: the appeal instructions, and the
  // authority's contact details (address, phone, office hours) printed on every decision.
  app.route({.method = "GET", .pattern = "/api/v1/county-texts/{key}"}, [](Ctx& ctx) {
    const std::string key = ctx.req.param("key");
    if (!domain::is_county_text_key(key)) throw Problem::not_found("No such text.");
    const auto& county = ctx.me().county_id;
    nlohmann::json out;
    ctx.app.db().read([&](store::Tx& tx) {
      out = {{"key", key},
             {"fi", county_text(tx, county, key, "fi")},
             {"sv", county_text(tx, county, key, "sv")}};
    });
    return Response::json(200, out);
  });
  app.route({.method = "PUT",
             .pattern = "/api/v1/county-texts/{key}",
             .gate = Gate::role,
             .action = Action::admin_write},
            [](Ctx& ctx) {
              const std::string key = ctx.req.param("key");
              if (!domain::is_county_text_key(key)) throw Problem::not_found("No such text.");
              const auto body = ctx.body();
              Fields f(body);
              // The appeal instructions are required; the authority's contact may be empty.
              const bool required = key == "appeal_instructions";
              const auto fi = f.block("fi", required, 8000);
              const auto sv = f.block("sv", required, 8000);
              f.finish();
              const std::string now = time::now_iso();
              ctx.app.db().write([&](store::Tx& tx) {
                store::county_texts::put(tx, ctx.me().county_id, key, "fi", fi.value_or(""), now);
                store::county_texts::put(tx, ctx.me().county_id, key, "sv", sv.value_or(""), now);
              });
              return Response::json(
                  200, {{"key", key}, {"fi", fi.value_or("")}, {"sv", sv.value_or("")}});
            });
}

}  // namespace soku::api
