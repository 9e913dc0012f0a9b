// In-memory storage for beneficiaries and centres; a real deployment would
// put a database behind the same interface.
#pragma once

#include "registry/beneficiary.h"
#include "registry/centre.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace registry {

class Repository {
public:
  static Repository& instance() {
    static Repository repo;
    return repo;
  }

  std::vector<Beneficiary> findByMobile(const std::string& mobile) const {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<Beneficiary> out;
    for (const auto& b : beneficiaries_)
      if (b.mobile == mobile)
        out.push_back(b);
    return out;
  }

  std::optional<Beneficiary> findByAadhaar(const std::string& aadhaar) const {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = std::find_if(beneficiaries_.begin(), beneficiaries_.end(),
                           [&](const Beneficiary& b) { return b.aadhaar_number == aadhaar; });
    if (it == beneficiaries_.end())
      return std::nullopt;
    return *it;
  }

  std::optional<Beneficiary> findById(const std::string& id) const {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = std::find_if(beneficiaries_.begin(), beneficiaries_.end(),
                           [&](const Beneficiary& b) { return b.beneficiary_id == id; });
    if (it == beneficiaries_.end())
      return std::nullopt;
    return *it;
  }

  std::vector<Beneficiary> allBeneficiaries() const {
    std::lock_guard<std::mutex> lock(mu_);
    return beneficiaries_;
  }

  std::vector<VaccinationCentre> centresInDistrict(const std::string& district) const {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<VaccinationCentre> out;
    for (const auto& c : centres_)
      if (district.empty() || c.district == district)
        out.push_back(c);
    return out;
  }

  void add(Beneficiary b) {
    std::lock_guard<std::mutex> lock(mu_);
    beneficiaries_.push_back(std::move(b));
  }

  void add(VaccinationCentre c) {
    std::lock_guard<std::mutex> lock(mu_);
    centres_.push_back(std::move(c));
  }

private:
  Repository() = default;

  mutable std::mutex mu_;
  std::vector<Beneficiary> beneficiaries_;
  std::vector<VaccinationCentre> centres_;
};

} // namespace registry
