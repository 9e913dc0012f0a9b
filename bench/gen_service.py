#!/usr/bin/env python3
"""Writes a synthetic cpp-httplib service of N translation units, for scaling
benchmarks: route files that register two endpoints each (one protected by a
guard wrapper defined in auth.cpp, one returning a card built in another
file), DTO headers, mapper files, and a compile_commands.json.

  bench/gen_service.py N OUT_DIR
"""
import json
import os
import sys

DTO = """#pragma once
#include <string>
#include <nlohmann/json.hpp>

namespace svc {{
struct Citizen{k} {{
  std::string citizen_id;
  std::string full_name;
  std::string mobile;
  std::string aadhaar;
  std::string vaccine_name;
  int doses = 0;
}};
Citizen{k} findCitizen{k}(const std::string &id);
std::string cardFor{k}(const Citizen{k} &c);
}} // namespace svc
"""

AUTH_H = """#pragma once
#include <httplib.h>
namespace svc {
// Defined in auth.cpp: true only after the caller's OTP was verified; sends 401 otherwise.
bool checkAccess(const httplib::Request &req, httplib::Response &res);
} // namespace svc
"""

AUTH = """#include "auth.h"
#include <string>
namespace svc {
bool verifyOtp(const std::string &mobile, const std::string &otp);
bool checkAccess(const httplib::Request &req, httplib::Response &res) {
  if (!verifyOtp(req.get_param_value("mobile"), req.get_param_value("otp"))) {
    res.status = 401;
    res.set_content("{\\"error\\":\\"otp required\\"}", "application/json");
    return false;
  }
  return true;
}
} // namespace svc
"""

MAPPER = """#include "dto{k}.h"
namespace svc {{
std::string cardFor{k}(const Citizen{k} &c) {{
  nlohmann::json j;
  j["full_name"] = c.full_name;
  j["mobile"] = c.mobile;
  j["vaccine"] = c.vaccine_name;
  return j.dump();
}}
}} // namespace svc
"""

ROUTES = """#include "auth.h"
#include "dto{k}.h"
#include <iostream>

namespace svc {{
void registerRoutes{i}(httplib::Server &svr) {{
  svr.Get("/api/v1/r{i}/citizen", [](const httplib::Request &req, httplib::Response &res) {{
    if (!checkAccess(req, res))
      return;
    const Citizen{k} c = findCitizen{k}(req.get_param_value("id"));
    std::clog << "served citizen " << c.citizen_id << "\\n";
    res.set_content(cardFor{k}(c), "application/json");
  }});
  svr.Get("/api/v1/r{i}/card", [](const httplib::Request &req, httplib::Response &res) {{
    const Citizen{k} c = findCitizen{k}(req.get_param_value("id"));
    res.set_content(cardFor{k}(c), "application/json");
  }});
  svr.Get("/api/v1/r{i}/doses", [](const httplib::Request &req, httplib::Response &res) {{
    nlohmann::json j;
    j["doses"] = findCitizen{k}(req.get_param_value("id")).doses;
    res.set_content(j.dump(), "application/json");
  }});
}}
}} // namespace svc
"""


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    kinds = max(1, n // 10)  # one DTO and one mapper per ten route files
    sources = ["auth.cpp"]
    write(os.path.join(out, "auth.h"), AUTH_H)
    write(os.path.join(out, "auth.cpp"), AUTH)
    for k in range(kinds):
        write(os.path.join(out, f"dto{k}.h"), DTO.format(k=k))
        write(os.path.join(out, f"mappers{k}.cpp"), MAPPER.format(k=k))
        sources.append(f"mappers{k}.cpp")
    for i in range(n - len(sources)):
        write(os.path.join(out, f"routes{i}.cpp"), ROUTES.format(i=i, k=i % kinds))
        sources.append(f"routes{i}.cpp")
    db = [{"directory": out, "file": s, "arguments": ["c++", "-std=c++17", "-c", s]} for s in sources]
    with open(os.path.join(out, "compile_commands.json"), "w") as f:
        json.dump(db, f, indent=1)
    print(f"{len(sources)} translation units in {out}")


if __name__ == "__main__":
    main()
