// Minimal stand-ins for Drogon's headers (and the jsoncpp and trantor pieces
// they use), written for pii-tidy's tests. File names, namespaces, class and
// member names and the controller macros expand the way Drogon's do, so code
// written against Drogon compiles against them; nothing here serves requests.
// Use with -I<Inputs>/drogon.
#pragma once

#include <drogon/HttpAppFramework.h>
#include <drogon/HttpController.h>
#include <drogon/HttpFilter.h>
#include <drogon/HttpMiddleware.h>
#include <drogon/HttpSimpleController.h>
#include <drogon/IntranetIpFilter.h>
#include <drogon/LocalHostFilter.h>
