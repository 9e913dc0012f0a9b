#pragma once

#include <seastar/core/future.hh>
#include <seastar/core/sstring.hh>
#include <seastar/http/common.hh>
#include <seastar/http/reply.hh>
#include <seastar/http/request.hh>

#include <memory>

namespace seastar {
namespace httpd {
typedef const http::request& const_req;

class handler_base {
public:
    virtual ~handler_base() = default;
    /// Fills rep for req; the returned reply is sent.
    virtual future<std::unique_ptr<http::reply>> handle(const sstring& path,
            std::unique_ptr<http::request> req, std::unique_ptr<http::reply> rep) = 0;
    handler_base& mandatory(const sstring& param);
};
} // namespace httpd
} // namespace seastar
