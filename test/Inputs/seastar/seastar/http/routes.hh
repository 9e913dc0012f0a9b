#pragma once

#include <seastar/core/sstring.hh>
#include <seastar/http/common.hh>
#include <seastar/http/handlers.hh>

namespace seastar {
namespace httpd {
class url {
public:
    url() = default;
    url(const sstring& path);
    url& remainder(const sstring& param);
};

class routes {
public:
    routes& put(operation_type type, const sstring& url, handler_base* handler);
    routes& add(operation_type type, const url& url, handler_base* handler);
    routes& add_default_handler(handler_base* handler);
};
} // namespace httpd
} // namespace seastar
