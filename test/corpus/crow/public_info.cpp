// Public information service of the vaccination drive (Crow): vaccines,
// centres, helplines, statistics, and the volunteer and feedback pages.

#include "crow.h"

#include "portal/models.h"
#include "portal/store.h"

#include <string>
#include <vector>

namespace publicinfo {

struct Volunteer {
  std::string volunteer_id;
  std::string volunteer_name;
  std::string phone;
  std::string ward;
};

struct Feedback {
  std::string feedback_id;
  std::string submitted_by_email;
  std::string centre_name;
  int rating = 0;
  std::string comment;
};

std::vector<Volunteer> volunteersInWard(const std::string& ward);
std::vector<Feedback> recentFeedback(const std::string& centreId);

const char* const kHelplineNumber = "1075";
const char* const kSupportEmail = "ncov2019@gov.in";

crow::json::wvalue toJson(const Feedback& f) {
  crow::json::wvalue j;
  j["feedback_id"] = f.feedback_id;
  j["email"] = f.submitted_by_email;
  j["centre_name"] = f.centre_name;
  j["rating"] = f.rating;
  j["comment"] = f.comment;
  return j;
}

} // namespace publicinfo

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/public/vaccines")
  ([] {
    crow::json::wvalue out;
    unsigned i = 0;
    for (const auto& name : portal::vaccinesInUse())
      out["vaccine_name"][i++] = name;
    return out;
  });

  CROW_ROUTE(app, "/public/helpline")
  ([] {
    crow::json::wvalue out({{"helpline", publicinfo::kHelplineNumber},
                            {"support_email", publicinfo::kSupportEmail},
                            {"contact_us", "https://www.mohfw.gov.in/contact"}});
    return out;
  });

  CROW_ROUTE(app, "/public/stats/<string>")
  ([](const std::string& district) {
    crow::json::wvalue out;
    out["district"] = district;
    out["vaccinated"] = portal::vaccinatedCount(district);
    return out;
  });

  // Volunteer directory, published so that residents can call their ward's
  // volunteer. The volunteers' personal phone numbers go to anyone.
  CROW_ROUTE(app, "/public/volunteers/<string>")
  ([](const std::string& ward) {
    std::vector<crow::json::wvalue> rows;
    for (const auto& v : publicinfo::volunteersInWard(ward)) {
      crow::json::wvalue row;
      row["name"] = v.volunteer_name;
      row["phone"] = v.phone;
      row["ward"] = v.ward;
      rows.push_back(std::move(row));
    }
    return crow::json::wvalue(rows);
  });

  // Centre feedback wall; each entry still carries the author's e-mail.
  CROW_ROUTE(app, "/public/feedback/<string>")
  ([](const std::string& centreId) {
    std::vector<crow::json::wvalue> rows;
    for (const auto& f : publicinfo::recentFeedback(centreId))
      rows.push_back(publicinfo::toJson(f));
    return crow::response(crow::json::wvalue(rows));
  });

  // Feedback summary: ratings only.
  CROW_ROUTE(app, "/public/feedback/<string>/summary")
  ([](const std::string& centreId) {
    const auto all = publicinfo::recentFeedback(centreId);
    int sum = 0;
    for (const auto& f : all)
      sum += f.rating;
    crow::json::wvalue out;
    out["count"] = all.size();
    out["average_rating"] = all.empty() ? 0.0 : static_cast<double>(sum) / all.size();
    return out;
  });

  // A sample certificate for the "how to read your certificate" page.
  CROW_ROUTE(app, "/public/certificate-sample")
  ([] {
    crow::json::wvalue sample;
    sample["full_name"] = "Firstname Lastname";
    sample["date_of_birth"] = "YYYY-MM-DD";
    sample["vaccination_status"] = "Fully Vaccinated";
    sample["vaccine_name"] = "COVISHIELD";
    return sample;
  });

  app.port(80).run();
}
