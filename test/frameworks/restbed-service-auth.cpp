// RUN: %expect-exit 1 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/restbed > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A service-wide authentication handler applies to every resource; this one
// calls the guard but lets the request through even when it fails.

#include <restbed>

#include <memory>
#include <string>

using namespace restbed;

bool authenticate(const std::string &header);
std::string emailOf(const std::string &user);

void lenient(const std::shared_ptr<Session> session,
             const std::function<void(const std::shared_ptr<Session>)> &callback) {
  if (!authenticate(session->get_request()->get_header("Authorization")))
    session->get_request()->get_header("X-Log");
  callback(session);
}

void get_email(const std::shared_ptr<Session> session) {
  session->close(OK, emailOf(session->get_request()->get_query_parameter("user")));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /email' returns personal data (emailOf) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
}

int main() {
  auto resource = std::make_shared<Resource>();
  resource->set_path("/email");
  resource->set_method_handler("GET", get_email);
  Service service;
  service.set_authentication_handler(lenient);
  service.publish(resource);
  service.start();
}

// CHECK-NOTES: :[[@LINE-14]]:3: error: endpoint 'GET /email'
// CHECK-NOTES: :[[@LINE-8]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-16]]:22: note: 'emailOf' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-8]]:3: note: guard 'lenient' does not count: it lets the request continue without the guard's success (line 22)
