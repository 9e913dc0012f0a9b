// Crow ships as one amalgamated header; projects include it under this name.
#pragma once
#include "crow.h"
