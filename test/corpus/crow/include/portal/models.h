// Citizen and health-record models of the state health portal (Crow).
#pragma once

#include "crow.h"

#include <string>
#include <vector>

namespace portal {

struct DoseInfo {
  int number = 0;
  std::string dose_date;
  std::string vaccine_name;
  std::string centre_name;
};

struct Citizen {
  std::string referenceId;
  std::string fullName;
  std::string mobileNumber;
  std::string emailId;
  std::string aadhaarNo;
  std::string dateOfBirth;
  std::string gender;
  std::string vaccinationStatus;
  std::vector<DoseInfo> doses;
};

struct LabReport {
  std::string report_id;
  std::string patient_name;
  std::string test_name;
  std::string lab_result;
  std::string collected_on;
};

struct Prescription {
  std::string prescription_id;
  std::string patient_name;
  std::vector<std::string> medicines;
  std::string doctor_name;
};

struct BloodBank {
  std::string bank_name;
  std::string centre_address;
  std::string helpline;
  std::string blood_group;
  int units_available = 0;
};

inline crow::json::wvalue doseJson(const DoseInfo& d) {
  crow::json::wvalue j;
  j["dose"] = d.number;
  j["vaccine_name"] = d.vaccine_name;
  j["centre_name"] = d.centre_name;
  return j;
}

inline crow::json::wvalue citizenJson(const Citizen& c) {
  crow::json::wvalue j;
  j["reference_id"] = c.referenceId;
  j["full_name"] = c.fullName;
  j["mobile"] = c.mobileNumber;
  j["email"] = c.emailId;
  j["date_of_birth"] = c.dateOfBirth;
  j["gender"] = c.gender;
  j["vaccination_status"] = c.vaccinationStatus;
  return j;
}

} // namespace portal
