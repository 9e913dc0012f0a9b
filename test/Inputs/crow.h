// Minimal stand-in for Crow's single header (crow_all.h), written for pii-tidy's
// tests. It mirrors the shape of the real API (namespaces, class and member
// names, the CROW_ROUTE / CROW_BP_ROUTE / CROW_MIDDLEWARES macros and the
// compile-time URL parameter tag) so code written against Crow compiles against
// it; nothing here serves requests.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

namespace crow
{
    enum class HTTPMethod : char
    {
        Delete, Get, Head, Post, Put, Connect, Options, Trace, Patch, Purge,
        DELETE = Delete, GET = Get, HEAD = Head, POST = Post, PUT = Put,
        CONNECT = Connect, OPTIONS = Options, TRACE = Trace, PATCH = Patch, PURGE = Purge,
    };

    enum status
    {
        OK = 200, CREATED = 201, ACCEPTED = 202, NO_CONTENT = 204,
        MOVED_PERMANENTLY = 301, FOUND = 302, NOT_MODIFIED = 304,
        BAD_REQUEST = 400, UNAUTHORIZED = 401, FORBIDDEN = 403, NOT_FOUND = 404,
        METHOD_NOT_ALLOWED = 405, CONFLICT = 409, TOO_MANY_REQUESTS = 429,
        INTERNAL_SERVER_ERROR = 500, NOT_IMPLEMENTED = 501, SERVICE_UNAVAILABLE = 503,
    };

    namespace black_magic
    {
        /// A string literal usable in constant expressions (the URL of a route).
        class const_str
        {
        public:
            template<unsigned N>
            constexpr const_str(const char (&arr)[N]) : begin_(arr), size_(N - 1) {}
            constexpr char operator[](unsigned i) const { return begin_[i]; }
            constexpr unsigned size() const { return size_; }

        private:
            const char* const begin_;
            unsigned size_;
        };

        constexpr bool is_equ_p(const char* a, const char* b, unsigned n)
        {
            return n == 0 ? true : *a != *b ? false : is_equ_p(a + 1, b + 1, n - 1);
        }

        constexpr bool starts_with(const_str s, unsigned i, const char* tag, unsigned n)
        {
            return n == 0 ? true : i >= s.size() || s[i] != *tag ? false : starts_with(s, i + 1, tag + 1, n - 1);
        }

        constexpr unsigned closing_tag(const_str s, unsigned p) { return s[p] == '>' ? p : closing_tag(s, p + 1); }

        constexpr uint64_t tag_digit(const_str s, unsigned p)
        {
            return starts_with(s, p, "<int>", 5)                                       ? 1 :
                   starts_with(s, p, "<uint>", 6)                                      ? 2 :
                   starts_with(s, p, "<float>", 7) || starts_with(s, p, "<double>", 8) ? 3 :
                   starts_with(s, p, "<str>", 5) || starts_with(s, p, "<string>", 8)   ? 4 :
                   starts_with(s, p, "<path>", 6)                                      ? 5 :
                   throw std::runtime_error("invalid parameter type");
        }

        /// Encodes the typed parameters of a URL in base 6, first parameter lowest.
        constexpr uint64_t get_parameter_tag(const_str s, unsigned p = 0)
        {
            return p == s.size() ? 0 :
                   s[p] == '<'   ? get_parameter_tag(s, closing_tag(s, p)) * 6 + tag_digit(s, p) :
                                   get_parameter_tag(s, p + 1);
        }

        template<typename... T>
        struct S
        {
            template<typename U> using push = S<U, T...>;
            template<template<typename... Args> class U> using rebind = U<T...>;
        };

        template<uint64_t Tag> struct single_tag_to_type;
        template<> struct single_tag_to_type<1> { using type = int64_t; };
        template<> struct single_tag_to_type<2> { using type = uint64_t; };
        template<> struct single_tag_to_type<3> { using type = double; };
        template<> struct single_tag_to_type<4> { using type = std::string; };
        template<> struct single_tag_to_type<5> { using type = std::string; };

        template<uint64_t Tag>
        struct arguments
        {
            using type = typename arguments<Tag / 6>::type::template push<typename single_tag_to_type<Tag % 6>::type>;
        };
        template<> struct arguments<0> { using type = S<>; };
    } // namespace black_magic

    /// Query string of a request: `req.url_params.get("mobile")`.
    class query_string
    {
    public:
        char* get(const std::string& name) const
        {
            auto it = params_.find(name);
            return it == params_.end() ? nullptr : const_cast<char*>(it->second.c_str());
        }

    private:
        std::map<std::string, std::string> params_;
    };

    using ci_map = std::multimap<std::string, std::string>;

    struct request
    {
        HTTPMethod method{HTTPMethod::Get};
        std::string raw_url;
        std::string url;
        query_string url_params;
        ci_map headers;
        std::string body;
        std::string remote_ip_address;
        void* middleware_context{};

        const std::string& get_header_value(const std::string& key) const
        {
            static const std::string empty;
            auto it = headers.find(key);
            return it == headers.end() ? empty : it->second;
        }
    };

    /// Anything a handler may return that knows its own body and content type.
    struct returnable
    {
        std::string content_type;
        explicit returnable(std::string ct) : content_type(std::move(ct)) {}
        virtual ~returnable() = default;
        virtual std::string dump() const = 0;
    };

    namespace json
    {
        enum class type : char { Null, False, True, Number, String, List, Object };

        /// A JSON value being written (the body of a response).
        class wvalue : public returnable
        {
        public:
            wvalue() : returnable("application/json") {}
            wvalue(std::nullptr_t) : wvalue() {}
            wvalue(bool v) : wvalue() { t_ = v ? type::True : type::False; }
            template<typename T, typename = std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>>>
            wvalue(T v) : wvalue() { t_ = type::Number; s_ = std::to_string(v); }
            wvalue(const char* v) : wvalue() { t_ = type::String; s_ = v; }
            wvalue(const std::string& v) : wvalue() { t_ = type::String; s_ = v; }
            wvalue(std::string&& v) : wvalue() { t_ = type::String; s_ = std::move(v); }
            wvalue(std::initializer_list<std::pair<std::string const, wvalue>> members) : wvalue()
            {
                t_ = type::Object;
                for (const auto& m : members) o_[m.first] = m.second;
            }
            wvalue(const std::vector<wvalue>& items) : wvalue() { t_ = type::List; l_ = items; }
            wvalue(const wvalue&) = default;
            wvalue(wvalue&&) = default;
            wvalue& operator=(const wvalue&) = default;
            wvalue& operator=(wvalue&&) = default;

            wvalue& operator[](const std::string& key) { t_ = type::Object; return o_[key]; }
            wvalue& operator[](unsigned index)
            {
                t_ = type::List;
                if (l_.size() <= index) l_.resize(index + 1);
                return l_[index];
            }
            type t() const { return t_; }
            std::size_t size() const { return t_ == type::List ? l_.size() : o_.size(); }

            std::string dump() const override
            {
                std::string out;
                switch (t_)
                {
                    case type::Null: return "null";
                    case type::False: return "false";
                    case type::True: return "true";
                    case type::Number: return s_;
                    case type::String: return "\"" + s_ + "\"";
                    case type::List:
                        for (const auto& item : l_) out += (out.empty() ? "" : ",") + item.dump();
                        return "[" + out + "]";
                    case type::Object:
                        for (const auto& kv : o_) out += (out.empty() ? "\"" : ",\"") + kv.first + "\":" + kv.second.dump();
                        return "{" + out + "}";
                }
                return "null";
            }

        private:
            type t_{type::Null};
            std::string s_;
            std::vector<wvalue> l_;
            std::map<std::string, wvalue> o_;
        };

        /// A JSON value being read (a parsed request body).
        class rvalue
        {
        public:
            explicit operator bool() const { return valid_; }
            bool has(const std::string& key) const { return o_.count(key) != 0; }
            const rvalue& operator[](const std::string& key) const
            {
                static const rvalue missing;
                auto it = o_.find(key);
                return it == o_.end() ? missing : it->second;
            }
            std::string s() const { return s_; }
            int64_t i() const { return std::strtoll(s_.c_str(), nullptr, 10); }
            double d() const { return std::strtod(s_.c_str(), nullptr); }
            bool b() const { return s_ == "true"; }
            type t() const { return t_; }

        private:
            friend rvalue load(const std::string&);
            bool valid_{false};
            type t_{type::Null};
            std::string s_;
            std::map<std::string, rvalue> o_;
        };

        inline rvalue load(const std::string& text)
        {
            rvalue r;
            r.valid_ = !text.empty();
            r.t_ = type::String;
            r.s_ = text;
            return r;
        }
    } // namespace json

    struct response
    {
        int code{200};
        std::string body;
        ci_map headers;

        response() {}
        explicit response(int code) : code(code) {}
        response(std::string body) : body(std::move(body)) {}
        response(int code, std::string body) : code(code), body(std::move(body)) {}
        response(returnable&& value) : body(value.dump()) { set_header("Content-Type", value.content_type); }
        response(returnable& value) : body(value.dump()) { set_header("Content-Type", value.content_type); }
        response(int code, returnable& value) : code(code), body(value.dump()) { set_header("Content-Type", value.content_type); }
        response(int code, returnable&& value) : code(code), body(value.dump()) { set_header("Content-Type", value.content_type); }
        response(int code, std::string content_type, std::string body) : code(code), body(std::move(body))
        {
            set_header("Content-Type", std::move(content_type));
        }
        response(response&&) = default;
        response& operator=(response&&) = default;
        response& operator=(const response&) = delete;

        void set_header(std::string key, std::string value)
        {
            headers.erase(key);
            headers.emplace(std::move(key), std::move(value));
        }
        void add_header(std::string key, std::string value) { headers.emplace(std::move(key), std::move(value)); }
        void write(const std::string& body_part) { body += body_part; }
        void end() { completed_ = true; }
        void end(const std::string& body_part) { body += body_part; end(); }
        void redirect(const std::string& location) { code = 307; set_header("Location", location); }
        bool is_completed() const noexcept { return completed_; }

    private:
        bool completed_{false};
    };

    namespace detail
    {
        /// Calls a handler in whichever of Crow's shapes it has, and turns what it
        /// returns into the response.
        template<typename Func, typename... Args>
        void invoke_handler(Func& f, const request& req, response& res, Args... args)
        {
            if constexpr (std::is_invocable_v<Func&, Args...>)
                res = response(f(args...)), res.end();
            else if constexpr (std::is_invocable_v<Func&, const request&, Args...>)
                res = response(f(req, args...)), res.end();
            else if constexpr (std::is_invocable_v<Func&, const request&, response&, Args...>)
                f(req, res, args...);
            else if constexpr (std::is_invocable_v<Func&, response&, Args...>)
                f(res, args...);
            else
                static_assert(sizeof(Func) == 0, "handler type is mismatched with URL parameters");
        }
    } // namespace detail

    class BaseRule
    {
    public:
        explicit BaseRule(std::string rule) : rule_(std::move(rule)) {}
        virtual ~BaseRule() = default;
        const std::string& rule() const { return rule_; }

    protected:
        std::string rule_;
        std::string name_;
        std::vector<HTTPMethod> methods_{HTTPMethod::Get};
        std::vector<const char*> middlewares_;
    };

    /// `.methods(...)`, `.name(...)` and `.middlewares<...>()`, shared by every rule.
    template<typename T>
    struct RuleParameterTraits
    {
        using self_t = T;

        self_t& name(std::string name) noexcept { self().name_ = std::move(name); return self(); }
        self_t& methods(HTTPMethod method) { self().methods_ = {method}; return self(); }
        template<typename... MethodArgs>
        self_t& methods(HTTPMethod method, MethodArgs... more) { self().methods_ = {method, more...}; return self(); }
        template<typename App, typename... Middlewares>
        self_t& middlewares() { self().middlewares_ = {typeid(Middlewares).name()...}; return self(); }

    private:
        self_t& self() { return static_cast<self_t&>(*this); }
    };

    /// A rule whose URL parameters are known at compile time (CROW_ROUTE).
    template<typename... Args>
    class TaggedRule : public BaseRule, public RuleParameterTraits<TaggedRule<Args...>>
    {
        friend struct RuleParameterTraits<TaggedRule<Args...>>;

    public:
        explicit TaggedRule(std::string rule) : BaseRule(std::move(rule)) {}

        template<typename Func>
        void operator()(Func&& f)
        {
            handler_ = [f = std::forward<Func>(f)](const request& req, response& res, Args... args) mutable {
                detail::invoke_handler(f, req, res, args...);
            };
        }

    private:
        std::function<void(const request&, response&, Args...)> handler_;
    };

    /// A rule parsed at run time (route_dynamic).
    class DynamicRule : public BaseRule, public RuleParameterTraits<DynamicRule>
    {
        friend struct RuleParameterTraits<DynamicRule>;

    public:
        explicit DynamicRule(std::string rule) : BaseRule(std::move(rule)) {}

        template<typename Func>
        void operator()(Func&& f)
        {
            handler_ = [f = std::forward<Func>(f)](const request& req, response& res) mutable {
                detail::invoke_handler(f, req, res);
            };
        }

    private:
        std::function<void(const request&, response&)> handler_;
    };

    /// Owns the rules of an app or a blueprint.
    class Router
    {
    public:
        DynamicRule& new_rule_dynamic(const std::string& rule)
        {
            auto* r = new DynamicRule(rule);
            rules_.emplace_back(r);
            return *r;
        }
        template<uint64_t N>
        typename black_magic::arguments<N>::type::template rebind<TaggedRule>& new_rule_tagged(const std::string& rule)
        {
            auto* r = new typename black_magic::arguments<N>::type::template rebind<TaggedRule>(rule);
            rules_.emplace_back(r);
            return *r;
        }

    private:
        std::vector<std::unique_ptr<BaseRule>> rules_;
    };

    /// A group of routes under a common prefix (CROW_BP_ROUTE).
    class Blueprint
    {
    public:
        explicit Blueprint(const std::string& prefix) : prefix_(prefix) {}
        Blueprint(const std::string& prefix, const std::string& static_dir) : prefix_(prefix), static_dir_(static_dir) {}
        const std::string& prefix() const { return prefix_; }

        DynamicRule& new_rule_dynamic(const std::string& rule) { return router_.new_rule_dynamic(rule); }
        template<uint64_t N>
        typename black_magic::arguments<N>::type::template rebind<TaggedRule>& new_rule_tagged(const std::string& rule)
        {
            return router_.new_rule_tagged<N>(rule);
        }
        void register_blueprint(Blueprint& child) { children_.push_back(&child); }

    private:
        std::string prefix_;
        std::string static_dir_;
        Router router_;
        std::vector<Blueprint*> children_;
    };

    /// Base of middleware that runs only for routes naming it in
    /// CROW_MIDDLEWARES; other middleware of an App runs for every route.
    struct ILocalMiddleware
    {
        using call_global = std::false_type;
    };

    /// The application: crow::SimpleApp or crow::App<Middlewares...>.
    template<typename... Middlewares>
    class Crow
    {
    public:
        using self_t = Crow;

        DynamicRule& route_dynamic(const std::string& rule) { return router_.new_rule_dynamic(rule); }
        template<uint64_t Tag>
        auto route(const std::string& rule) -> decltype(std::declval<Router&>().template new_rule_tagged<Tag>(rule))
        {
            return router_.template new_rule_tagged<Tag>(rule);
        }

        self_t& register_blueprint(Blueprint& blueprint) { blueprints_.push_back(&blueprint); return *this; }
        self_t& port(std::uint16_t port) { port_ = port; return *this; }
        self_t& bindaddr(std::string addr) { bindaddr_ = std::move(addr); return *this; }
        self_t& concurrency(unsigned int n) { concurrency_ = n < 2 ? 2 : n; return *this; }
        self_t& multithreaded() { return concurrency(4); }
        void run() {}
        void stop() {}

        template<typename T>
        typename T::context& get_context(const request& req)
        {
            static_assert((std::is_same_v<T, Middlewares> || ...), "App doesn't have the specified middleware type.");
            using contexts = std::tuple<typename Middlewares::context...>;
            return std::get<typename T::context>(*static_cast<contexts*>(req.middleware_context));
        }
        template<typename T>
        T& get_middleware() { return std::get<T>(middlewares_); }

    private:
        Router router_;
        std::vector<Blueprint*> blueprints_;
        std::uint16_t port_ = 80;
        std::string bindaddr_ = "0.0.0.0";
        unsigned int concurrency_ = 2;
        std::tuple<Middlewares...> middlewares_;
    };

    template<typename... Middlewares>
    using App = Crow<Middlewares...>;
    using SimpleApp = Crow<>;
} // namespace crow

/// "GET"_method; declared at global scope, as in the real header.
constexpr crow::HTTPMethod operator"" _method(const char* str, size_t /*len*/)
{
    using crow::black_magic::is_equ_p;
    return is_equ_p(str, "GET", 3)     ? crow::HTTPMethod::Get :
           is_equ_p(str, "DELETE", 6)  ? crow::HTTPMethod::Delete :
           is_equ_p(str, "HEAD", 4)    ? crow::HTTPMethod::Head :
           is_equ_p(str, "POST", 4)    ? crow::HTTPMethod::Post :
           is_equ_p(str, "PUT", 3)     ? crow::HTTPMethod::Put :
           is_equ_p(str, "OPTIONS", 7) ? crow::HTTPMethod::Options :
           is_equ_p(str, "PATCH", 5)   ? crow::HTTPMethod::Patch :
           throw std::runtime_error("invalid http method");
}

#define CROW_ROUTE(app, url) app.template route<crow::black_magic::get_parameter_tag(url)>(url)
#define CROW_BP_ROUTE(blueprint, url) blueprint.new_rule_tagged<crow::black_magic::get_parameter_tag(url)>(url)
#define CROW_MIDDLEWARES(app, ...) template middlewares<typename std::remove_reference<decltype(app)>::type, __VA_ARGS__>()
