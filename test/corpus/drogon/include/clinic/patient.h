// Patient records of the district hospital's clinic service (Drogon).
#pragma once

#include <json/json.h>

#include <optional>
#include <string>
#include <vector>

namespace clinic {

struct Patient {
  std::string patient_id;
  std::string patient_name;
  std::string mobile;
  std::string date_of_birth;
  std::string blood_group;
  std::string ward;
  std::string diagnosis;
};

struct Ward {
  std::string ward_id;
  std::string ward_name;
  int free_beds = 0;
};

std::optional<Patient> patientById(const std::string& patientId);
std::vector<Patient> patientsByMobile(const std::string& mobile);
std::vector<Ward> allWards();
std::vector<std::string> visitorLog(const std::string& patientId);

bool verifyOtp(const std::string& mobile, const std::string& otp);
bool verify_token(const std::string& token);
bool isWhitelisted(const std::string& ip);

inline Json::Value toJson(const Patient& p) {
  Json::Value j;
  j["patient_id"] = p.patient_id;
  j["patient_name"] = p.patient_name;
  j["mobile"] = p.mobile;
  j["date_of_birth"] = p.date_of_birth;
  j["blood_group"] = p.blood_group;
  j["ward"] = p.ward;
  return j;
}

} // namespace clinic
