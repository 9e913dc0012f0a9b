// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A free function registered as the handler; the record is a class with
// getters and the reply is a hand-built string.

#include <httplib.h>

#include <string>

class Patient {
public:
  const std::string& getFullName() const { return full_name_; }
  const std::string& getMobile() const { return mobile_; }
  void setMobile(std::string m) { mobile_ = std::move(m); }

private:
  std::string full_name_;
  std::string mobile_;
};

Patient& patientById(const std::string& id);
void savePatient(const Patient& p);

void updatePatientContact(const httplib::Request& req, httplib::Response& res) {
  if (!req.has_param("id") || req.body.empty()) {
    res.status = 400;
    return;
  }
  Patient& p = patientById(req.get_param_value("id"));
  p.setMobile(req.body);
  savePatient(p);
  const std::string reply = "{\"patient\":\"" + p.getFullName() + "\",\"reach_at\":\"" + p.getMobile() + "\"}";
  res.set_content(reply, "application/json");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'PUT /api/v2/patient/contact' returns personal data (getFullName, getMobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
}

int main() {
  httplib::Server svr;
  svr.Put("/api/v2/patient/contact", updatePatientContact);
  svr.listen("0.0.0.0", 8080);
}

// CHECK-NOTES: :[[@LINE-10]]:3: error: endpoint 'PUT /api/v2/patient/contact' returns personal data (getFullName, getMobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-5]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-13]]:51: note: 'getFullName' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-14]]:92: note: 'getMobile' (contact) enters the response here
