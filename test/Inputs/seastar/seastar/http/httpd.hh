#pragma once

#include <seastar/core/future.hh>
#include <seastar/http/routes.hh>

#include <functional>

namespace seastar {
namespace httpd {
class http_server {
public:
    routes _routes;
};

class http_server_control {
public:
    future<> start(const sstring& name = "http");
    future<> set_routes(std::function<void(routes& r)> fun);
};
} // namespace httpd
} // namespace seastar
