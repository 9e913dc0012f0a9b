#pragma once

#include <memory>

/// Declares a component the application looks up by type.
#define OATPP_COMPONENT(TYPE, NAME) TYPE NAME = TYPE()
