// RUN: %expect-exit 1 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/restbed > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// restbed resources: the path comes from set_path on the same resource, the
// response from session->close. The KYC resource has an authentication
// handler that continues only for a known token; the contact resource
// answers anyone; the status resource sends no personal data.

#include <restbed>

#include <memory>
#include <string>

using namespace restbed;

bool verifyToken(const std::string &token);
std::string panNumberOf(const std::string &user);
std::string phoneOf(const std::string &user);

void authenticate_kyc(const std::shared_ptr<Session> session,
                      const std::function<void(const std::shared_ptr<Session>)> &callback) {
  if (!verifyToken(session->get_request()->get_header("Authorization"))) {
    session->close(UNAUTHORIZED);
    return;
  }
  callback(session);
}

void get_kyc(const std::shared_ptr<Session> session) {
  const auto user = session->get_request()->get_query_parameter("user");
  session->close(OK, panNumberOf(user), {{"Content-Type", "text/plain"}});
}

void get_contact(const std::shared_ptr<Session> session) {
  const auto user = session->get_request()->get_path_parameter("user");
  const std::string body = "{\"phone\":\"" + phoneOf(user) + "\"}";
  session->close(OK, body);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /contact/{user: .*}' returns personal data (phoneOf) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
}

int main() {
  auto kyc = std::make_shared<Resource>();
  kyc->set_path("/kyc");
  kyc->set_authentication_handler(authenticate_kyc);
  kyc->set_method_handler("GET", get_kyc);

  auto contact = std::make_shared<Resource>();
  contact->set_path("/contact/{user: .*}");
  contact->set_method_handler("GET", get_contact);

  auto status = std::make_shared<Resource>();
  status->set_path("/status");
  status->set_method_handler("GET", [](const std::shared_ptr<Session> session) {
    session->close(OK, "up");
  });

  Service service;
  service.publish(kyc);
  service.publish(contact);
  service.publish(status);
  service.start();
}

// CHECK-NOTES: :[[@LINE-27]]:3: error: endpoint 'GET /contact/{user: .*}'
// CHECK-NOTES: :[[@LINE-16]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-30]]:46: note: 'phoneOf' (contact) enters the response here
