// Registry microservice on cpprestsdk: one listener under /registry, GET
// requests dispatched on the relative path.

#include "registry/beneficiary_store.h"

#include <cpprest/http_listener.h>
#include <cpprest/json.h>

#include <string>

using namespace web;
using namespace web::http;
using namespace web::http::experimental::listener;

namespace registry {

json::value toJson(const Beneficiary& b) {
  json::value j;
  j[U("reference_id")] = json::value::string(b.reference_id);
  j[U("full_name")] = json::value::string(b.full_name);
  j[U("mobile")] = json::value::string(b.mobile);
  j[U("vaccination_status")] = json::value::string(b.vaccination_status);
  return j;
}

void handleGet(http_request request) {
  const auto path = request.relative_uri().path();
  const auto query = uri::split_query(request.relative_uri().query());
  auto param = [&query](const std::string& key) {
    auto it = query.find(key);
    return it == query.end() ? std::string() : it->second;
  };

  if (path == U("/beneficiaries")) {
    // The citizen's own list, after the OTP for that number.
    const std::string mobile = param("mobile");
    if (!verifyOtp(mobile, param("otp"))) {
      request.reply(status_codes::Unauthorized, U("OTP did not match"));
      return;
    }
    json::value list = json::value::array();
    size_t i = 0;
    for (const auto& b : byMobile(mobile))
      list[i++] = toJson(b);
    request.reply(status_codes::OK, list);
  } else if (path == U("/beneficiary/aadhaar")) {
    // Kiosk lookup by Aadhaar; no OTP, no login.
    const auto b = byAadhaar(param("aadhaar"));
    if (!b) {
      request.reply(status_codes::NotFound);
      return;
    }
    request.reply(status_codes::OK, toJson(*b));
  } else if (path == U("/centres")) {
    json::value list = json::value::array();
    size_t i = 0;
    for (const auto& c : centresIn(param("district"))) {
      json::value row;
      row[U("centre_name")] = json::value::string(c.centre_name);
      row[U("centre_address")] = json::value::string(c.centre_address);
      list[i++] = row;
    }
    request.reply(status_codes::OK, list);
  } else {
    request.reply(status_codes::NotFound);
  }
}

} // namespace registry

int main() {
  http_listener listener(U("http://0.0.0.0:8080/registry"));
  listener.support(methods::GET, registry::handleGet);

  // Registration: the token is checked, but its answer is dropped. A
  // duplicate Aadhaar answers with the record already registered.
  listener.support(methods::POST, [](http_request request) {
    registry::verify_token(request.headers()[U("Authorization")]);
    const auto body = request.extract_json().get();
    const std::string aadhaar = body.at(U("aadhaar")).as_string();
    if (const auto existing = registry::byAadhaar(aadhaar)) {
      request.reply(status_codes::Conflict, registry::toJson(*existing));
      return;
    }
    registry::Beneficiary b;
    b.full_name = body.at(U("full_name")).as_string();
    b.mobile = body.at(U("mobile")).as_string();
    b.aadhaar = aadhaar;
    registry::saveBeneficiary(b);
    request.reply(status_codes::Created);
  });

  listener.open().wait();
}
