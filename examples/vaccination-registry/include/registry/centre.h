// A vaccination centre: public information, shown to anyone booking a slot.
#pragma once

#include <string>

namespace registry {

struct VaccinationCentre {
  std::string centre_id;
  std::string centre_name;
  std::string centre_address;
  std::string district;
  std::string vaccine_name;
  std::string support_phone;
  int available_capacity = 0;
};

} // namespace registry
