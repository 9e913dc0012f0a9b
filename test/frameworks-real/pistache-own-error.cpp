// RUN: %expect-exit 3 %pii-tidy %s -- -std=c++17 > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=STDERR < %t.err

// Errors in third-party headers are recoverable; an error in the project's
// own code is not: the run is incomplete (exit 3), never a silent pass.

#include <pistache/endpoint.h>
#include <pistache/router.h>

using namespace Pistache;

void beneficiary(const Rest::Request& req, Http::ResponseWriter response) {
  response.send(Http::Code::Ok, req.param(":id").as<std::string>() +);
}

// STDERR: pistache-own-error.cpp:[[@LINE-3]]:69: error: expected expression
// STDERR: pistache-own-error.cpp: error: analysis incomplete: 1 compiler error; findings for code the compiler could not read may be missing
