#include "service.h"

std::string cardFor(const Record &r) { return r.full_name + " / " + r.mobile; }
