// KYC gateway on Boost.Beast. The session class hands each parsed request to
// handleRequest(), which dispatches on the target.

#include "kyc/records.h"

#include <boost/beast/http.hpp>

#include <string>

namespace http = boost::beast::http;

namespace kyc {

using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

static Response plain(const Request& req, http::status status, std::string body) {
  Response res{status, req.version()};
  res.set(http::field::content_type, "text/plain");
  res.body() = std::move(body);
  res.prepare_payload();
  return res;
}

Response handleRequest(const Request& req) {
  // Lookup by PAN for the reconciliation job; nobody asked who is calling.
  if (req.method() == http::verb::get && req.target() == "/api/kyc") {
    const auto rec = byPan(std::string(req["X-PAN"]));
    if (!rec)
      return plain(req, http::status::not_found, "no such PAN");
    return plain(req, http::status::ok, rec->full_name + "|" + rec->mobile + "|" + rec->account_number);
  }

  // Status only.
  if (req.method() == http::verb::get && req.target() == "/api/kyc/status") {
    const auto rec = byId(req.body());
    return plain(req, http::status::ok, rec ? rec->status : std::string("UNKNOWN"));
  }

  // Bank details for the payout service, which authenticates.
  if (req.method() == http::verb::post && req.target() == "/api/kyc/bank") {
    if (!verify_token(std::string(req[http::field::authorization])))
      return plain(req, http::status::unauthorized, "token required");
    const auto rec = byId(req.body());
    if (!rec)
      return plain(req, http::status::not_found, "");
    return plain(req, http::status::ok, rec->account_number + "," + rec->ifsc);
  }

  // Contact number for the call centre, allowlisted on the forwarded address.
  if (req.method() == http::verb::get && req.target() == "/api/kyc/contact") {
    if (!isWhitelisted(std::string(req["X-Forwarded-For"])))
      return plain(req, http::status::forbidden, "");
    const auto rec = byId(req.body());
    if (!rec)
      return plain(req, http::status::not_found, "");
    return plain(req, http::status::ok, rec->mobile);
  }

  return plain(req, http::status::not_found, "unknown endpoint");
}

} // namespace kyc
