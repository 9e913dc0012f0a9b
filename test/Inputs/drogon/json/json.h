// Stand-in for jsoncpp's <json/json.h>: the Json::Value surface handlers use.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace Json
{
class Value
{
  public:
    Value() = default;
    Value(const char *value);
    Value(const std::string &value);
    Value(int value);
    Value(bool value);
    Value(double value);
    Value &operator[](const std::string &key);
    Value &operator[](const char *key);
    Value &operator[](int index);
    const Value &operator[](const std::string &key) const;
    Value &append(const Value &value);
    bool isMember(const std::string &key) const;
    std::string asString() const;
    int asInt() const;
    bool asBool() const;
    std::string toStyledString() const;

  private:
    std::shared_ptr<std::map<std::string, Value>> members_;
};
}  // namespace Json
