// KYC and payout records (PAN, bank details) of registered vaccinators and
// of beneficiaries claiming travel reimbursement.
#pragma once

#include <string>

namespace cowin {

struct BankDetails {
  std::string account_holder_name;
  std::string account_number;
  std::string ifsc;
  std::string bank_name;
};

struct kyc_record {
  std::string kyc_id;
  std::string pan_number;
  std::string full_name;
  std::string father_name;
  std::string date_of_birth;
  std::string residential_address;
  std::string status;  // "VERIFIED", "PENDING", "REJECTED"
  BankDetails bank;
};

struct ReimbursementClaim {
  std::string claim_id;
  std::string beneficiary_reference_id;
  long amount_paise = 0;
  std::string state;  // "SUBMITTED", "PAID"
};

} // namespace cowin
