// Integration gateway for partner systems (state portals, hospital HIS,
// travel portals), cpp-httplib. Partners are recognised by allowlist; the
// gateway sits behind a load balancer that sets X-Forwarded-For.

#include "cowin/beneficiary.h"
#include "cowin/http_util.h"
#include "cowin/kyc.h"
#include "cowin/repository.h"
#include "cowin/security.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

namespace gateway {

using cowin::PartnerAllowlist;
using nlohmann::json;

// The address the request came from "as the partner sees it": behind the
// load balancer the socket address is the balancer's, so prefer the header.
static std::string clientIp(const httplib::Request& req) {
  if (req.has_header("X-Real-IP"))
    return req.get_header_value("X-Real-IP");
  return req.remote_addr;
}

// Partner SDKs identify themselves in the User-Agent.
static bool isTrustedCaller(const std::string& userAgent) {
  return userAgent.rfind("StatePortal/", 0) == 0 || userAgent.rfind("HIS-Connector/", 0) == 0;
}

static void audit(const httplib::Request& req, const std::string& event) {
  std::clog << "[gateway] " << event << " peer=" << req.remote_addr
            << " xff=" << req.get_header_value("X-Forwarded-For") << '\n';
}

void mountPartnerRoutes(httplib::Server& srv) {
  auto& beneficiaries = cowin::BeneficiaryRepository::instance();

  // Lookup by mobile number for partners, keyed on the forwarded address.
  srv.Get("/partner/v1/beneficiary", [&](const httplib::Request& req, httplib::Response& res) {
    const std::string forwardedFor = req.get_header_value("X-Forwarded-For");
    if (!cowin::isWhitelisted(forwardedFor)) {
      audit(req, "rejected");
      cowin::sendError(res, 403, "partner not recognised");
      return;
    }
    const auto people = beneficiaries.findByMobile(req.get_param_value("mobile"));
    json out = json::array();
    for (const auto& p : people)
      out.push_back(p);
    cowin::sendJson(res, out);
  });

  // Lookup by reference id, keyed on the socket's peer address; the
  // forwarded header is only logged.
  srv.Get("/partner/v1/beneficiary/by-ref", [&](const httplib::Request& req, httplib::Response& res) {
    if (!PartnerAllowlist::instance().contains(req.remote_addr)) {
      audit(req, "rejected");
      cowin::sendError(res, 403, "partner not recognised");
      return;
    }
    audit(req, "by-ref");
    const auto b = beneficiaries.findByReferenceId(req.get_param_value("ref"));
    if (!b) {
      cowin::sendError(res, 404, "not found");
      return;
    }
    cowin::sendJson(res, json(*b));
  });

  // Vaccination status for travel portals.
  srv.Get("/partner/v1/vaccination-status", [&](const httplib::Request& req, httplib::Response& res) {
    if (!cowin::isWhitelisted(clientIp(req))) {
      cowin::sendError(res, 403, "partner not recognised");
      return;
    }
    const auto b = beneficiaries.findByReferenceId(req.get_param_value("ref"));
    if (!b) {
      cowin::sendError(res, 404, "not found");
      return;
    }
    json out;
    out["name"] = b->full_name;
    out["vaccination_status"] = b->vaccination_status;
    out["doses"] = b->doses;
    cowin::sendJson(res, out);
  });

  // KYC lookup for payout partners, who pass their partner id as a parameter.
  srv.Get("/partner/v1/kyc", [&](const httplib::Request& req, httplib::Response& res) {
    const auto partnerId = req.get_param_value("partner_id");
    if (!PartnerAllowlist::instance().contains(partnerId)) {
      cowin::sendError(res, 403, "unknown partner");
      return;
    }
    const auto rec = cowin::kyc_store().by_id(req.get_param_value("kyc_id"));
    if (!rec) {
      cowin::sendError(res, 404, "not found");
      return;
    }
    json out;
    out["pan_number"] = rec->pan_number;
    out["full_name"] = rec->full_name;
    out["bank_account"] = rec->bank.account_number;
    cowin::sendJson(res, out);
  });

  // Aggregate statistics for partners; no personal data, but the same
  // forwarded-address allowlist.
  srv.Get("/partner/v1/stats", [&](const httplib::Request& req, httplib::Response& res) {
    if (!cowin::isWhitelisted(req.get_header_value("X-Forwarded-For"))) {
      cowin::sendError(res, 403, "partner not recognised");
      return;
    }
    const auto district = req.get_param_value("district_id");
    cowin::sendJson(res, json{{"district_id", district}, {"registered", beneficiaries.countByDistrict(district)}});
  });

  // Search by Aadhaar for hospital systems, recognised by their SDK's
  // User-Agent string.
  srv.Post("/partner/v1/beneficiary/search", [&](const httplib::Request& req, httplib::Response& res) {
    if (!isTrustedCaller(req.get_header_value("User-Agent"))) {
      cowin::sendError(res, 403, "unsupported client");
      return;
    }
    const auto query = json::parse(req.body, nullptr, false);
    const auto b = beneficiaries.findByAadhaar(query.value("aadhaar_number", ""));
    if (!b) {
      cowin::sendError(res, 404, "not found");
      return;
    }
    cowin::sendJson(res, json(*b));
  });

  // Partner flow with the person's consent: the partner must be on the
  // allowlist and the person confirms with the OTP sent to their number.
  srv.Get("/partner/v1/beneficiary/consented", [&](const httplib::Request& req, httplib::Response& res) {
    if (!PartnerAllowlist::instance().contains(req.remote_addr)) {
      cowin::sendError(res, 403, "partner not recognised");
      return;
    }
    const std::string mobileNo = req.get_param_value("mobile");
    if (!cowin::verifyOtp(mobileNo, req.get_param_value("otp"))) {
      cowin::sendError(res, 401, "consent OTP did not match");
      return;
    }
    json out = json::array();
    for (const auto& p : beneficiaries.findByMobile(mobileNo))
      out.push_back(p);
    cowin::sendJson(res, out);
  });

  // District export; the allowlist is consulted for CSV only.
  srv.Get("/partner/v1/district/export", [&](const httplib::Request& req, httplib::Response& res) {
    const bool csv = req.get_param_value("format") == "csv";
    if (csv && !cowin::isWhitelisted(req.remote_addr)) {
      cowin::sendError(res, 403, "forbidden");
      return;
    }
    const auto people = beneficiaries.findByDistrict(req.get_param_value("district_id"));
    if (csv) {
      std::string table = "name,mobile\n";
      for (const auto& p : people)
        table += p.full_name + "," + p.mobile + "\n";
      res.set_content(table, "text/csv");
      return;
    }
    json rows = json::array();
    for (const auto& p : people)
      rows.push_back({{"name", p.full_name}, {"email", p.email}});
    cowin::sendJson(res, rows);
  });
}

} // namespace gateway

int main() {
  httplib::Server srv;
  gateway::mountPartnerRoutes(srv);
  srv.listen("0.0.0.0", 9090);
}
