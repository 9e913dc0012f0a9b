// A second service file with its own leak.

#include <httplib.h>

#include <string>

struct Patient {
  std::string mobile;
};

Patient findPatient(const std::string& id);

void registerRecords(httplib::Server& svr) {
  svr.Get("/patient/mobile", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findPatient(req.body).mobile, "text/plain");
  });
}
