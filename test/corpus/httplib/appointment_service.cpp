// Appointment and centre endpoints (cpp-httplib). Most of this service is
// public information: centres, slots, vaccines, helplines. A few routes deal
// with the person who booked.

#include "cowin/beneficiary.h"
#include "cowin/http_util.h"
#include "cowin/repository.h"
#include "cowin/security.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace appointments {

using cowin::sendError;
using cowin::sendJson;
using nlohmann::json;

struct Appointment {
  std::string appointment_id;
  std::string centre_id;
  std::string slot;
  std::string beneficiary_reference_id;
  std::string beneficiary_name;
  std::string mobile_number;
};

// Storage layer, defined in libstorage.
std::vector<Appointment> appointmentsOn(const std::string& centreId, const std::string& date);
Appointment* appointmentById(const std::string& appointmentId);
bool cancelAppointment(const std::string& appointmentId);

const std::map<std::string, std::string> kStateHelplines = {
    {"KA", "080-46848600"}, {"MH", "020-26127394"}, {"DL", "011-22307145"}};

class AppointmentController {
public:
  explicit AppointmentController(httplib::Server& server) : server_(server) {}

  void registerRoutes() {
    server_.Get("/v2/appointment/centres/findByPin", [this](const httplib::Request& req, httplib::Response& res) {
      listCentres(req, res);
    });

    server_.Get("/v2/appointment/sessions", [](const httplib::Request& req, httplib::Response& res) {
      const auto centreId = req.get_param_value("centre_id");
      const auto date = req.get_param_value("date");
      json out;
      out["sessions"] = cowin::CentreRepository::instance().slotsFor(centreId, date);
      sendJson(res, out);
    });

    server_.Get("/v2/helpline", [](const httplib::Request& req, httplib::Response& res) {
      const auto state = req.get_param_value("state");
      auto it = kStateHelplines.find(state);
      json out;
      out["helpline"] = it == kStateHelplines.end() ? "1075" : it->second;
      out["support_email"] = "support@cowin.gov.in";
      out["toll_free"] = "1800-11-4377";
      sendJson(res, out);
    });

    // Vaccinator's day sheet: who is booked at this centre today, with
    // phone numbers so that no-shows can be called.
    server_.Get("/v2/appointment/daysheet", [](const httplib::Request& req, httplib::Response& res) {
      const auto centreId = req.get_param_value("centre_id");
      std::string csv = "appointment_id,slot,name,mobile\n";
      for (const auto& a : appointmentsOn(centreId, req.get_param_value("date"))) {
        csv += a.appointment_id + "," + a.slot + "," + a.beneficiary_name + "," + a.mobile_number + "\n";
      }
      res.set_content(csv, "text/csv");
    });

    // Same sheet for the vaccinator app, which logs in.
    server_.Get("/v3/appointment/daysheet", [this](const httplib::Request& req, httplib::Response& res) {
      if (!authorizeVaccinator(req)) {
        sendError(res, 403, "vaccinator login required");
        return;
      }
      json rows = json::array();
      for (const auto& a : appointmentsOn(req.get_param_value("centre_id"), req.get_param_value("date")))
        rows.push_back({{"appointment_id", a.appointment_id}, {"name", a.beneficiary_name}, {"mobile", a.mobile_number}});
      sendJson(res, rows);
    });

    server_.Get("/v2/appointment/daysheet/count", [](const httplib::Request& req, httplib::Response& res) {
      const auto booked = appointmentsOn(req.get_param_value("centre_id"), req.get_param_value("date"));
      sendJson(res, json{{"booked", booked.size()}});
    });

    server_.Delete(R"(/v2/appointment/(\w+))", [this](const httplib::Request& req, httplib::Response& res) {
      cancel(req, res);
    });
  }

private:
  bool authorizeVaccinator(const httplib::Request& req) const {
    auto session = cowin::validateSession(cowin::bearerToken(req));
    return session.has_value() && session->role == "vaccinator";
  }

  void listCentres(const httplib::Request& req, httplib::Response& res) {
    const auto pincode = req.get_param_value("pincode");
    json centres = json::array();
    for (const auto& c : cowin::CentreRepository::instance().findByPincode(pincode))
      centres.push_back(c);
    sendJson(res, json{{"centres", centres}, {"pincode", pincode}});
  }

  // Cancellation answers with the booking it cancelled, including the
  // person's name and number, to anyone who knows the appointment id.
  void cancel(const httplib::Request& req, httplib::Response& res) {
    const std::string appointmentId = req.matches[1];
    Appointment* a = appointmentById(appointmentId);
    if (a == nullptr) {
      sendError(res, 404, "no such appointment");
      return;
    }
    cancelAppointment(appointmentId);
    json out;
    out["cancelled"] = a->appointment_id;
    out["beneficiary_name"] = a->beneficiary_name;
    out["mobile_number"] = a->mobile_number;
    sendJson(res, out);
  }

  httplib::Server& server_;
};

} // namespace appointments

int main() {
  httplib::Server server;
  appointments::AppointmentController controller(server);
  controller.registerRoutes();
  server.listen("0.0.0.0", 8082);
}
