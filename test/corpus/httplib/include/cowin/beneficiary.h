// Records of the vaccination registry as the HTTP layer sees them.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace cowin {

struct Dose {
  int dose_number = 0;
  std::string date_administered;
  std::string vaccine_name;
  std::string centre_id;
  std::string batch_no;
};

struct Beneficiary {
  std::string beneficiary_reference_id;
  std::string full_name;
  std::string mobile;
  std::string email;
  std::string aadhaar_number;
  std::string date_of_birth;
  std::string gender;
  std::string address;
  std::string vaccination_status;
  std::vector<Dose> doses;

  const std::string& getMobile() const { return mobile; }
  const std::string& getFullName() const { return full_name; }
  const std::string& referenceId() const { return beneficiary_reference_id; }
};

struct VaccinationCentre {
  std::string centre_id;
  std::string centre_name;
  std::string centre_address;
  std::string district;
  std::string helpline_number;
  std::vector<std::string> vaccines;
};

struct Slot {
  std::string centre_id;
  std::string date;
  std::string vaccine_name;
  int available_capacity = 0;
};

inline void to_json(nlohmann::json& j, const Dose& d) {
  j = nlohmann::json{{"dose", d.dose_number},
                     {"date", d.date_administered},
                     {"vaccine_name", d.vaccine_name},
                     {"centre_id", d.centre_id}};
}

inline void to_json(nlohmann::json& j, const Beneficiary& b) {
  j["beneficiary_reference_id"] = b.beneficiary_reference_id;
  j["name"] = b.full_name;
  j["mobile"] = b.mobile;
  j["email"] = b.email;
  j["aadhaar_number"] = b.aadhaar_number;
  j["date_of_birth"] = b.date_of_birth;
  j["gender"] = b.gender;
  j["vaccination_status"] = b.vaccination_status;
  j["doses"] = b.doses;
}

inline void to_json(nlohmann::json& j, const VaccinationCentre& c) {
  j = nlohmann::json{{"centre_id", c.centre_id},
                     {"centre_name", c.centre_name},
                     {"centre_address", c.centre_address},
                     {"district", c.district},
                     {"helpline_number", c.helpline_number},
                     {"vaccines", c.vaccines}};
}

inline void to_json(nlohmann::json& j, const Slot& s) {
  j = nlohmann::json{{"centre_id", s.centre_id},
                     {"date", s.date},
                     {"vaccine_name", s.vaccine_name},
                     {"available_capacity", s.available_capacity}};
}

} // namespace cowin
