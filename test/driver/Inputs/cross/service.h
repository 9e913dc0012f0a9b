#include <httplib.h>
#include <string>

struct Record {
  std::string full_name;
  std::string mobile;
};

Record findRecord(const std::string &id);
// Defined in auth.cpp: true only when the caller proved the OTP; sends 401 otherwise.
bool checkAccess(const httplib::Request &req, httplib::Response &res);
// Defined in mappers.cpp: the record's card, with the person's name and mobile.
std::string cardFor(const Record &r);
