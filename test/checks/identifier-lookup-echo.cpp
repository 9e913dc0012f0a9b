// An endpoint that stores the e-mail the client sent and answers with that
// same e-mail discloses nothing: the only personal value in the response is
// the identifier itself. Answering with the record found by it does.
// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-identifier-lookup %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --implicit-check-not="{{error|warning}}:" < %t.out
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <string>

struct Beneficiary {
  std::string full_name;
  std::string email;
};

bool verify_token(const std::string &token);
bool updateEmail(const std::string &ref, const std::string &email);
Beneficiary findByEmail(const std::string &email);

void routes(httplib::Server &svr) {
  svr.Post("/v2/beneficiary/email", [](const httplib::Request &req, httplib::Response &res) {
    if (!verify_token(req.get_header_value("Authorization"))) {
      res.status = 401;
      return;
    }
    const auto body = nlohmann::json::parse(req.body);
    const std::string email = body.value("email", "");
    updateEmail(body.value("reference_id", ""), email);
    res.set_content(nlohmann::json{{"email", email}, {"updated", true}}.dump(), "application/json");
  });

  svr.Get("/v2/beneficiary/by-email", [](const httplib::Request &req, httplib::Response &res) {
    if (!verify_token(req.get_header_value("Authorization"))) {
      res.status = 401;
      return;
    }
    const Beneficiary b = findByEmail(req.get_param_value("email"));
    // CHECK: :[[@LINE-1]]:27: warning: endpoint 'GET /v2/beneficiary/by-email' returns a record looked up by 'email' (contact) from the request without an OTP check for that identifier [pii-identifier-lookup]
    res.set_content(nlohmann::json{{"name", b.full_name}, {"email", b.email}}.dump(), "application/json");
  });
}
