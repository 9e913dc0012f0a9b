// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 -I%grpc-gen > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out

// Callback gRPC API: the reply leaves at reactor->Finish(Status::OK), not at
// the return of the reactor; Finish with an error status sends no reply.

#include "records.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <string>

using cowin::records::BeneficiaryReply;
using cowin::records::LookupRequest;
using cowin::records::Records;
using grpc::CallbackServerContext;
using grpc::ServerUnaryReactor;
using grpc::Status;
using grpc::StatusCode;

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);
bool is_allowed_ip(const std::string& peer);

class RecordsService final : public Records::CallbackService {
  ServerUnaryReactor* GetBeneficiary(CallbackServerContext* context, const LookupRequest* request,
                                     BeneficiaryReply* reply) override {
    Beneficiary b = findBeneficiary(request->beneficiary_id());
    reply->set_mobile(b.mobile);
    ServerUnaryReactor* reactor = context->DefaultReactor();
    reactor->Finish(Status::OK);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'RPC /cowin.records.Records/GetBeneficiary' returns personal data (mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
    return reactor;
  }

  ServerUnaryReactor* GetVerifiedBeneficiary(CallbackServerContext* context,
                                             const LookupRequest* request,
                                             BeneficiaryReply* reply) override {
    ServerUnaryReactor* reactor = context->DefaultReactor();
    if (!is_allowed_ip(context->peer())) {
      reactor->Finish(Status(StatusCode::PERMISSION_DENIED, "caller not allowed"));
      return reactor;
    }
    Beneficiary b = findBeneficiary(request->beneficiary_id());
    reply->set_full_name(b.full_name);
    reactor->Finish(Status::OK);
    return reactor;
  }
};
