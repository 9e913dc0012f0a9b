#include <string>

struct Beneficiary {
  std::string full_name;
  std::string aadhaar;
};
