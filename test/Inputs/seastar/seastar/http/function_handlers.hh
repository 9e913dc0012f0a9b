#pragma once

#include <seastar/http/handlers.hh>
#include <seastar/json/json_elements.hh>

#include <functional>

namespace seastar {
namespace httpd {
typedef std::function<sstring(const_req req)> request_function;
typedef std::function<sstring(const_req req, http::reply&)> handle_function;
typedef std::function<json::json_return_type(const_req req)> json_request_function;
typedef std::function<future<json::json_return_type>(std::unique_ptr<http::request> req)> future_json_function;
typedef std::function<future<std::unique_ptr<http::reply>>(std::unique_ptr<http::request> req,
        std::unique_ptr<http::reply> rep)> future_handler_function;

/// Adapts a function to handler_base: what the function returns is
/// appended to the reply's content.
class function_handler : public handler_base {
public:
    function_handler(const handle_function& f_handle, const sstring& type);
    function_handler(const future_handler_function& f_handle, const sstring& type);
    function_handler(const request_function& handle, const sstring& type);
    function_handler(const json_request_function& handle);
    function_handler(const future_json_function& handle);
    future<std::unique_ptr<http::reply>> handle(const sstring& path,
            std::unique_ptr<http::request> req, std::unique_ptr<http::reply> rep) override;
};
} // namespace httpd
} // namespace seastar
