#pragma once

namespace seastar {
namespace httpd {
enum operation_type {
    GET, POST, PUT, DELETE, HEAD, OPTIONS, TRACE, CONNECT, PATCH, NUM_OPERATION
};
} // namespace httpd
} // namespace seastar
