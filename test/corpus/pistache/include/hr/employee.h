// Employee records of the hospital HR system.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace hr {

struct Employee {
  std::string employee_id;
  std::string first_name;
  std::string last_name;
  std::string phone;
  std::string pan;
  std::string bank_account_no;
  std::string department;
  std::string designation;
};

std::optional<Employee> employeeById(const std::string& id);
std::optional<Employee> employeeByPhone(const std::string& phone);
std::vector<std::string> departments();

bool verify_token(const std::string& bearer);
bool verifyOtp(const std::string& phone, const std::string& otp);
bool isWhitelisted(const std::string& ip);

} // namespace hr
