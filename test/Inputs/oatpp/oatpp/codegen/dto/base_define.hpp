// DTO_INIT(TYPE_NAME, TYPE_EXTEND) and DTO_FIELD(TYPE, NAME [, QUALIFIER]):
// each field is a data member named NAME; QUALIFIER is its JSON key.

#define DTO_INIT(TYPE_NAME, TYPE_EXTEND) \
public: \
  typedef TYPE_NAME Z__CLASS; \
  typedef TYPE_EXTEND Z__CLASS_EXTENDED; \
  typedef oatpp::data::type::DTOWrapper<Z__CLASS> Wrapper; \
  template <typename... Args> \
  static Wrapper createShared(Args... args) { \
    return Wrapper(std::make_shared<Z__CLASS>(args...), Wrapper::Class::getType()); \
  }

#define OATPP_MACRO_DTO_FIELD_1(TYPE, NAME) \
  static const char *Z__PROPERTY_KEY_##NAME() { return #NAME; } \
  static TYPE Z__PROPERTY_INITIALIZER_PROXY_##NAME() { return TYPE(); } \
  TYPE NAME = Z__PROPERTY_INITIALIZER_PROXY_##NAME()

#define OATPP_MACRO_DTO_FIELD_2(TYPE, NAME, QUALIFIER) \
  static const char *Z__PROPERTY_KEY_##NAME() { return QUALIFIER; } \
  static TYPE Z__PROPERTY_INITIALIZER_PROXY_##NAME() { return TYPE(); } \
  TYPE NAME = Z__PROPERTY_INITIALIZER_PROXY_##NAME()

#define DTO_FIELD(TYPE, ...) \
  OATPP_MACRO_EXPAND(OATPP_MACRO_MACRO_SELECTOR(OATPP_MACRO_DTO_FIELD_, (__VA_ARGS__))(TYPE, __VA_ARGS__))
