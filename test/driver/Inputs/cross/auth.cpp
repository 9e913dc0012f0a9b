#include "service.h"

bool verifyOtp(const std::string &mobile, const std::string &otp);

bool checkAccess(const httplib::Request &req, httplib::Response &res) {
  if (!verifyOtp(req.get_param_value("mobile"), req.get_param_value("otp"))) {
    res.status = 401;
    return false;
  }
  return true;
}
