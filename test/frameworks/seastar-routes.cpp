// RUN: %expect-exit 1 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/seastar > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// Seastar httpd routes: function_handler lambdas return the body; a
// handler_base subclass writes the reply. The allowlisted export and the
// version endpoint are clean.

#include <seastar/http/function_handlers.hh>
#include <seastar/http/httpd.hh>

#include <memory>

using namespace seastar;
using namespace seastar::httpd;

bool isWhitelisted(const sstring &client);
sstring mobileOf(const sstring &user);
sstring aadhaarOf(const sstring &user);

class export_handler : public handler_base {
public:
  future<std::unique_ptr<http::reply>> handle(const sstring &path, std::unique_ptr<http::request> req,
                                              std::unique_ptr<http::reply> rep) override {
    if (!isWhitelisted(req->get_client_address())) {
      rep->set_status(http::reply::status_type::forbidden);
      return make_ready_future<std::unique_ptr<http::reply>>(std::move(rep));
    }
    rep->write_body("json", aadhaarOf(req->get_query_param("user")));
    return make_ready_future<std::unique_ptr<http::reply>>(std::move(rep));
  }
};

void set_routes(routes &r) {
  r.add(operation_type::GET, url("/mobile"), new function_handler([](const_req req) {
    return mobileOf(req.get_query_param("user"));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /mobile' returns personal data (mobileOf) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  }, "txt"));
  r.put(GET, "/export", new export_handler());
  r.add(GET, url("/version"), new function_handler([](const_req req) {
    return sstring("1.4");
  }, "txt"));
}

// CHECK-NOTES: :[[@LINE-9]]:5: error: endpoint 'GET /mobile'
// CHECK-NOTES: :[[@LINE-11]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-11]]:12: note: 'mobileOf' (contact) enters the response here
