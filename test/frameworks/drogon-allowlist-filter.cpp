// RUN: %expect-exit 0 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/drogon > %t.out
// RUN: FileCheck %s --allow-empty --implicit-check-not="{{error|warning|note}}:" < %t.out
// RUN: %pii-tidy --checks=pii-unguarded-endpoint --format=json %s -- -std=c++17 -I%inputs/drogon | %python -m json.tool | FileCheck %s --check-prefix=CHECK-JSON

// Drogon's IntranetIpFilter admits only intranet callers: an allowlist
// guard attached to the route. Export is a controller created with
// AutoCreation = false and never registered, so its method list is not live.

#include <drogon/drogon.h>

#include <string>
#include <vector>

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

std::vector<Beneficiary> allBeneficiaries();

class Admin : public drogon::HttpController<Admin> {
public:
  METHOD_LIST_BEGIN
  ADD_METHOD_TO(Admin::exportAll, "/admin/export", drogon::Get, "drogon::IntranetIpFilter");
  METHOD_LIST_END

  void exportAll(const drogon::HttpRequestPtr &req,
                 std::function<void(const drogon::HttpResponsePtr &)> &&callback) {
    Json::Value rows;
    for (const auto &b : allBeneficiaries()) {
      Json::Value row;
      row["full_name"] = b.full_name;
      row["mobile"] = b.mobile;
      rows.append(row);
    }
    callback(drogon::HttpResponse::newHttpJsonResponse(rows));
  }
};

class Export : public drogon::HttpController<Export, false> {
public:
  explicit Export(std::string dir);
  METHOD_LIST_BEGIN
  METHOD_ADD(Export::dump, "/dump", drogon::Get);
  METHOD_LIST_END

  void dump(const drogon::HttpRequestPtr &req,
            std::function<void(const drogon::HttpResponsePtr &)> &&callback) {
    Json::Value rows;
    for (const auto &b : allBeneficiaries())
      rows.append(b.mobile);
    callback(drogon::HttpResponse::newHttpJsonResponse(rows));
  }
};

// CHECK-JSON:      "callee": "drogon::IntranetIpFilter",
// CHECK-JSON:      "how": "route-attached",
// CHECK-JSON:      "route": "/admin/export",
// CHECK-JSON-NEXT: "verdict": "guarded"
// CHECK-JSON-NOT:  "/Export/dump"
