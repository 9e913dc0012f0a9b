// Data access. The implementations live in the storage library; the HTTP
// layer only sees these declarations.
#pragma once

#include "cowin/beneficiary.h"
#include "cowin/kyc.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cowin {

class BeneficiaryRepository {
public:
  static BeneficiaryRepository& instance();

  std::optional<Beneficiary> findByReferenceId(const std::string& referenceId) const;
  std::optional<Beneficiary> findByAadhaar(const std::string& aadhaar) const;
  std::vector<Beneficiary> findByMobile(const std::string& mobile) const;
  std::vector<Beneficiary> findByDistrict(const std::string& districtId) const;
  std::size_t countByDistrict(const std::string& districtId) const;
  bool updateEmail(const std::string& referenceId, const std::string& email);
};

class CentreRepository {
public:
  static CentreRepository& instance();

  std::vector<VaccinationCentre> findByPincode(const std::string& pincode) const;
  std::optional<VaccinationCentre> findById(const std::string& centreId) const;
  std::vector<Slot> slotsFor(const std::string& centreId, const std::string& date) const;
};

class KycStore {
public:
  std::optional<kyc_record> by_pan(const std::string& pan) const;
  std::optional<kyc_record> by_id(const std::string& kycId) const;
  std::vector<ReimbursementClaim> claims_for(const std::string& referenceId) const;
};

KycStore& kyc_store();

} // namespace cowin
