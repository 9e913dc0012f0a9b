// A person registered for vaccination, as the registry stores and serves it.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace registry {

enum class VaccinationStatus { NotVaccinated, PartiallyVaccinated, FullyVaccinated };

inline const char* toString(VaccinationStatus s) {
  switch (s) {
  case VaccinationStatus::NotVaccinated: return "Not Vaccinated";
  case VaccinationStatus::PartiallyVaccinated: return "Partially Vaccinated";
  case VaccinationStatus::FullyVaccinated: return "Vaccinated";
  }
  return "Unknown";
}

struct Dose {
  int dose_number = 0;
  std::string date_administered;
  std::string vaccine_name;
  std::string centre_id;
};

struct Beneficiary {
  std::string beneficiary_id;
  std::string full_name;
  std::string mobile;
  std::string email;
  std::string aadhaar_number;
  std::string date_of_birth;
  std::string gender;
  VaccinationStatus vaccination_status = VaccinationStatus::NotVaccinated;
  std::vector<Dose> doses;
};

inline void to_json(nlohmann::json& j, const Dose& d) {
  j = nlohmann::json{{"dose", d.dose_number}, {"date", d.date_administered}, {"vaccine_name", d.vaccine_name},
                     {"centre_id", d.centre_id}};
}

// The full record, as partner systems and the beneficiary's own app see it.
inline void to_json(nlohmann::json& j, const Beneficiary& b) {
  j["beneficiary_id"] = b.beneficiary_id;
  j["full_name"] = b.full_name;
  j["mobile"] = b.mobile;
  j["email"] = b.email;
  j["aadhaar_number"] = b.aadhaar_number;
  j["date_of_birth"] = b.date_of_birth;
  j["gender"] = b.gender;
  j["vaccination_status"] = toString(b.vaccination_status);
  j["doses"] = b.doses;
}

} // namespace registry
