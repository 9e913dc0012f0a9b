// KYC and reimbursement endpoints (cpp-httplib), written in the payments
// team's snake_case style. Responses are built as strings for the legacy
// reconciliation client, which does not parse JSON.

#include "cowin/http_util.h"
#include "cowin/kyc.h"
#include "cowin/redaction.h"
#include "cowin/repository.h"
#include "cowin/security.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

namespace payments {

using cowin::kyc_record;

static const char* const kSupportPhone = "1075";

static std::string to_pipe_line(const kyc_record& rec) {
  std::string line = rec.kyc_id;
  line += "|" + rec.pan_number;
  line += "|" + rec.full_name;
  line += "|" + rec.bank.account_number;
  line += "|" + rec.bank.ifsc;
  return line;
}

static std::string status_line(const kyc_record& rec) {
  std::ostringstream os;
  os << rec.kyc_id << '|' << rec.status;
  return os.str();
}

// Returns only when the caller presented a valid token; throws otherwise.
static cowin::Session require_auth(const httplib::Request& req) {
  auto session = cowin::validateSession(cowin::bearerToken(req));
  if (!session)
    throw std::runtime_error("unauthenticated");
  return *session;
}

static bool is_finance_officer(const httplib::Request& req) {
  auto session = cowin::validateSession(cowin::bearerToken(req));
  return session && cowin::hasRole(*session, "finance_officer");
}

void register_kyc_routes(httplib::Server& svr) {
  // Reconciliation export for the bank: full KYC line by PAN, no check.
  svr.Get("/kyc/v1/record", [](const httplib::Request& req, httplib::Response& res) {
    const std::string pan = req.get_param_value("pan");
    auto rec = cowin::kyc_store().by_pan(pan);
    if (!rec) {
      res.status = 404;
      return;
    }
    res.set_content(to_pipe_line(*rec), "text/plain");
  });

  // Status check by KYC id: only the id and the status come back.
  svr.Get("/kyc/v1/status", [](const httplib::Request& req, httplib::Response& res) {
    auto rec = cowin::kyc_store().by_id(req.get_param_value("kyc_id"));
    if (!rec) {
      res.status = 404;
      res.set_content(std::string("unknown KYC id; call ") + kSupportPhone, "text/plain");
      return;
    }
    res.set_content(status_line(*rec), "text/plain");
  });

  // The finance officer's view of one KYC record, bank details included.
  svr.Get("/kyc/v1/officer/record", [](const httplib::Request& req, httplib::Response& res) {
    if (!is_finance_officer(req)) {
      res.status = 403;
      return;
    }
    auto rec = cowin::kyc_store().by_id(req.get_param_value("kyc_id"));
    if (!rec) {
      res.status = 404;
      return;
    }
    nlohmann::json out;
    out["kyc_id"] = rec->kyc_id;
    out["account_holder_name"] = rec->bank.account_holder_name;
    out["account_number"] = rec->bank.account_number;
    out["ifsc"] = rec->bank.ifsc;
    res.set_content(out.dump(), "application/json");
  });

  // Address proof for a claim; the handler relies on require_auth throwing.
  svr.Get("/kyc/v1/address", [](const httplib::Request& req, httplib::Response& res) {
    const auto session = require_auth(req);
    auto rec = cowin::kyc_store().by_id(session.user_id);
    if (!rec) {
      res.status = 404;
      return;
    }
    std::string body = "address: " + rec->residential_address + "\n";
    body += "father_name: " + rec->father_name + "\n";
    res.set_content(body, "text/plain");
  });

  // Claims of a beneficiary: amounts and states only.
  svr.Get("/kyc/v1/claims", [](const httplib::Request& req, httplib::Response& res) {
    const auto ref = req.get_param_value("beneficiary_reference_id");
    const auto claims = cowin::kyc_store().claims_for(ref);
    nlohmann::json rows = nlohmann::json::array();
    long total = 0;
    for (const auto& c : claims) {
      rows.push_back({{"claim_id", c.claim_id}, {"amount_paise", c.amount_paise}, {"state", c.state}});
      total += c.amount_paise;
    }
    res.set_content(nlohmann::json{{"claims", rows}, {"total_paise", total}, {"count", claims.size()}}.dump(),
                    "application/json");
  });

  // PAN verification for the vaccinator onboarding form. Before answering,
  // the caller's token is checked only when the form is submitted from the
  // partner portal; the citizen app path skips it.
  svr.Post("/kyc/v1/pan/verify", [](const httplib::Request& req, httplib::Response& res) {
    const auto body = nlohmann::json::parse(req.body, nullptr, false);
    const std::string pan_no = body.value("pan", "");
    const std::string channel = body.value("channel", "app");
    if (channel == "partner") {
      if (!cowin::verify_token(cowin::bearerToken(req))) {
        res.status = 401;
        return;
      }
    }
    auto rec = cowin::kyc_store().by_pan(pan_no);
    if (!rec) {
      res.status = 404;
      return;
    }
    nlohmann::json out;
    out["pan"] = rec->pan_number;
    out["name_on_pan"] = rec->full_name;
    out["date_of_birth"] = rec->date_of_birth;
    out["status"] = rec->status;
    res.set_content(out.dump(), "application/json");
  });

  // Masked PAN for the receipt page.
  svr.Get("/kyc/v1/receipt", [](const httplib::Request& req, httplib::Response& res) {
    auto rec = cowin::kyc_store().by_id(req.get_param_value("kyc_id"));
    if (!rec) {
      res.status = 404;
      return;
    }
    std::ostringstream receipt;
    receipt << "KYC " << rec->kyc_id << " status " << rec->status << "\n";
    receipt << "PAN " << cowin::maskAadhaar(rec->pan_number) << "\n";
    receipt << "Questions? Call " << kSupportPhone << "\n";
    res.set_content(receipt.str(), "text/plain");
  });
}

} // namespace payments

int main() {
  httplib::Server svr;
  payments::register_kyc_routes(svr);
  svr.listen("0.0.0.0", 8081);
}
