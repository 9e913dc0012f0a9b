// Small helpers shared by the route files.
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

namespace cowin {

inline void logRequest(const httplib::Request& req, const std::string& what) {
  std::clog << "[api] " << req.method << ' ' << req.path << " from " << req.remote_addr << ": " << what << '\n';
}

inline void sendError(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(nlohmann::json{{"error", message}}.dump(), "application/json");
}

inline void sendJson(httplib::Response& res, const nlohmann::json& body) {
  res.set_content(body.dump(), "application/json");
}

inline std::string bearerToken(const httplib::Request& req) {
  const auto header = req.get_header_value("Authorization");
  const std::string prefix = "Bearer ";
  return header.compare(0, prefix.size(), prefix) == 0 ? header.substr(prefix.size()) : std::string();
}

} // namespace cowin
