// Hospital HR directory and payroll API (Pistache REST router).

#include "hr/employee.h"

#include <pistache/endpoint.h>
#include <pistache/router.h>

#include <sstream>
#include <string>

using namespace Pistache;

namespace hr {

class HrApi {
public:
  void setupRoutes(Rest::Router& router) {
    Rest::Routes::Get(router, "/hr/departments", Rest::Routes::bind(&HrApi::listDepartments, this));
    Rest::Routes::Get(router, "/hr/employee/:id", Rest::Routes::bind(&HrApi::getEmployee, this));
    Rest::Routes::Get(router, "/hr/employee/:id/payroll", Rest::Routes::bind(&HrApi::getPayroll, this));
    Rest::Routes::Get(router, "/hr/employee/by-phone/:phone", Rest::Routes::bind(&HrApi::byPhone, this));
    Rest::Routes::Get(router, "/hr/employee/:id/badge", Rest::Routes::bind(&HrApi::badge, this));
  }

private:
  void listDepartments(const Rest::Request&, Http::ResponseWriter response) {
    std::string body;
    for (const auto& d : departments())
      body += d + "\n";
    response.send(Http::Code::Ok, body);
  }

  // Staff directory entry, for any caller on the hospital network.
  void getEmployee(const Rest::Request& request, Http::ResponseWriter response) {
    auto employee = employeeById(request.param(":id").as<std::string>());
    if (!employee) {
      response.send(Http::Code::Not_Found);
      return;
    }
    std::ostringstream os;
    os << employee->first_name << ' ' << employee->last_name << '\n'
       << employee->designation << ", " << employee->department << '\n'
       << "phone: " << employee->phone << '\n';
    response.send(Http::Code::Ok, os.str());
  }

  // Payroll details for the finance system, which authenticates.
  void getPayroll(const Rest::Request& request, Http::ResponseWriter response) {
    auto auth = request.headers().getRaw("Authorization");
    if (!verify_token(auth.value())) {
      response.send(Http::Code::Unauthorized);
      return;
    }
    auto employee = employeeById(request.param(":id").as<std::string>());
    if (!employee) {
      response.send(Http::Code::Not_Found);
      return;
    }
    response.send(Http::Code::Ok, employee->pan + "," + employee->bank_account_no);
  }

  // Reverse lookup by phone number for the switchboard, allowlisted by the
  // peer address of the switchboard server.
  void byPhone(const Rest::Request& request, Http::ResponseWriter response) {
    if (!isWhitelisted(request.address().host())) {
      response.send(Http::Code::Forbidden);
      return;
    }
    auto employee = employeeByPhone(request.param(":phone").as<std::string>());
    if (!employee) {
      response.send(Http::Code::Not_Found);
      return;
    }
    response.send(Http::Code::Ok, employee->first_name + " " + employee->last_name);
  }

  // Badge printout: name and designation, after the employee's OTP.
  void badge(const Rest::Request& request, Http::ResponseWriter response) {
    auto employee = employeeById(request.param(":id").as<std::string>());
    if (!employee) {
      response.send(Http::Code::Not_Found);
      return;
    }
    auto otp = request.query().get("otp");
    if (!otp || !verifyOtp(employee->phone, *otp)) {
      response.send(Http::Code::Unauthorized);
      return;
    }
    response.send(Http::Code::Ok, employee->first_name + " " + employee->last_name + "\n" + employee->designation);
  }
};

} // namespace hr

int main() {
  Rest::Router router;
  hr::HrApi api;
  api.setupRoutes(router);
  Http::Endpoint endpoint(Address(Ipv4::any(), Port(9080)));
  endpoint.init(Http::Endpoint::options().threads(2));
  endpoint.setHandler(router.handler());
  endpoint.serve();
}
