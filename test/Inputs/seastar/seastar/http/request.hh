#pragma once

#include <seastar/core/sstring.hh>

namespace seastar {
namespace http {
struct request {
    sstring _method;
    sstring _url;
    sstring content;
    sstring get_header(const sstring& name) const;
    sstring get_query_param(const sstring& key) const;
    sstring get_path_param(const sstring& key) const;
    sstring get_client_address() const;
};
} // namespace http
} // namespace seastar
