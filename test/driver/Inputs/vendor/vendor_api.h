// A third-party header that the project's compiler accepts and clang does not:
// the error is in a declaration, which pii-tidy parses (unlike function bodies).
#pragma once
#include <string>

namespace vendor {
__attribute__((gcc_only_attribute_xyz)) int ping();
undeclared_vendor_type make_session();
inline std::string greeting() { return "hello"; }
} // namespace vendor
