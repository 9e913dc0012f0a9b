// JSON form of the analysis results, for caching and for merging runs.
#pragma once

#include "PersonalData.h"

#include <nlohmann/json.hpp>

namespace pii {

NLOHMANN_JSON_SERIALIZE_ENUM(Severity, {{Severity::Warning, "warning"}, {Severity::Error, "error"}})
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(SourcePos, File, Line, Column)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Note, Where, Message)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(PersonalValue, Name, Category, Where, FromType, Via)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(GuardUse, Callee, Kind, Where, How, Protects, WhyNot)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Endpoint, Framework, Method, Route, HandlerName, Registration,
                                   Handler, HandlerResolved, Returns, Guards, Verdict)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Finding, Check, Level, Where, Message, Notes, EndpointLabel,
                                   HandlerName, Categories)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(PiiSet, Values, Params)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(FunctionSummary, Returns, ParamWrites, UnguardedSends,
                                   GuardKindsIfTrue, GuardKindsIfReturns)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(TranslationUnitResult, MainFile, Endpoints, Findings, Exports,
                                   ExternalCalls)

} // namespace pii
