// Minimal stand-ins for Seastar's httpd headers, written for pii-tidy's
// tests. File names, namespaces, class and member names have the shape of
// Seastar's, so code written against seastar/http compiles against them;
// nothing here serves requests. Use with -I<Inputs>/seastar.
#pragma once

#include <string>

namespace seastar {
class sstring : public std::string {
public:
    using std::string::string;
    sstring(const std::string& s) : std::string(s) {}
};
} // namespace seastar
