// Minimal stand-ins for oatpp's headers, written for pii-tidy's tests. File
// names, namespaces, class and member names and the code-generation macros
// (ENDPOINT, QUERY/HEADER/PATH/BODY_*, AUTHORIZATION, ENDPOINT_INTERCEPTOR,
// DTO_INIT, DTO_FIELD) have the shape of oatpp 1.4's, so code written
// against oatpp compiles against them; nothing here serves requests. Use
// with -I<Inputs>/oatpp.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace oatpp {
namespace data { namespace type {

class Type {};

class String {
public:
  String() = default;
  String(std::nullptr_t) {}
  String(const char *text);
  String(const std::string &text);
  const std::string *operator->() const;
  const std::string &operator*() const;
  explicit operator bool() const;
  bool operator==(std::nullptr_t) const;
  bool operator!=(std::nullptr_t) const;
  bool operator==(const String &other) const;
  bool operator==(const char *other) const;
  String operator+(const String &other) const;
  String operator+(const char *other) const;
  struct Class { static const Type *getType(); };

private:
  std::shared_ptr<std::string> m_ptr;
};

template <typename T>
class Primitive {
public:
  using UnderlyingType = T;
  Primitive() = default;
  Primitive(std::nullptr_t) {}
  Primitive(T value);
  T operator*() const;
  explicit operator bool() const;
  struct Class { static const Type *getType(); };
};

class Void {
public:
  Void() = default;
  Void(std::nullptr_t) {}
  template <typename W> Void(const W &wrapper);
};

/// What oatpp::Object<T> is: a shared pointer to a DTO, dereferenced with ->.
template <typename T>
class DTOWrapper {
public:
  DTOWrapper() = default;
  DTOWrapper(std::nullptr_t) {}
  DTOWrapper(const std::shared_ptr<T> &ptr, const Type *type);
  T *operator->() const;
  T &operator*() const;
  explicit operator bool() const;
  static DTOWrapper createShared();
  struct Class { static const Type *getType(); };

private:
  std::shared_ptr<T> m_ptr;
};

template <typename T>
class ListWrapper {
public:
  ListWrapper() = default;
  static ListWrapper createShared();
  T *operator->() const;
  void push_back(const T &value);
  struct Class { static const Type *getType(); };
};

class DTO;

}} // namespace data::type

using String = data::type::String;
using Int32 = data::type::Primitive<std::int32_t>;
using Int64 = data::type::Primitive<std::int64_t>;
using Boolean = data::type::Primitive<bool>;
using Void = data::type::Void;
using DTO = data::type::DTO;
template <typename T> using Object = data::type::DTOWrapper<T>;
template <typename T> using List = std::vector<T>;

namespace data { namespace type {

/// Base of DTOs; field types are spelled as in DTO_FIELD(String, name).
class DTO {
public:
  typedef oatpp::String String;
  typedef oatpp::Int32 Int32;
  typedef oatpp::Int64 Int64;
  typedef oatpp::Boolean Boolean;
  template <typename T> using Object = oatpp::Object<T>;
  virtual ~DTO() = default;
};

}} // namespace data::type

} // namespace oatpp
