#pragma once

#include <seastar/core/sstring.hh>

#include <optional>
#include <string_view>

namespace seastar {
namespace http {
struct reply {
    enum class status_type {
        ok = 200,
        bad_request = 400,
        unauthorized = 401,
        forbidden = 403,
        not_found = 404,
    };
    status_type _status;
    sstring _content;
    reply& set_status(status_type status, sstring content = "");
    reply& add_header(const sstring& h, const sstring& value);
    reply& set_content_type(std::optional<std::string_view> content_type);
    void write_body(std::optional<std::string_view> content_type, sstring content);
    reply& done(const sstring& content_type);
};
} // namespace http
} // namespace seastar
