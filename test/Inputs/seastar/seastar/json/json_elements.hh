#pragma once

#include <seastar/core/sstring.hh>

namespace seastar {
namespace json {
/// What a json handler returns: the serialised body.
struct json_return_type {
    sstring _res;
    template <class T> json_return_type(const T& value);
};
} // namespace json
} // namespace seastar
