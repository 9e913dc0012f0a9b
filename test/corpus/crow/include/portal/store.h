// Storage interfaces of the portal; implemented in the storage library.
#pragma once

#include "portal/models.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace portal {

std::optional<Citizen> citizenByMobile(const std::string& mobile);
std::optional<Citizen> citizenByAadhaar(const std::string& aadhaarNo);
std::optional<Citizen> citizenByReference(const std::string& referenceId);
std::string registerCitizen(const std::string& fullName, const std::string& mobile);

std::optional<LabReport> labReport(const std::string& referenceId);
std::optional<Prescription> latestPrescription(const std::string& referenceId);
std::vector<std::string> diagnoses(const std::string& referenceId);
std::vector<std::string> allergiesOf(const std::string& referenceId);
std::string covidResult(const std::string& referenceId);

std::vector<BloodBank> bloodBanksIn(const std::string& district);
std::vector<std::string> vaccinesInUse();
std::size_t vaccinatedCount(const std::string& district);

} // namespace portal
