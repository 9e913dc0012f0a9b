// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 -I%grpc-gen > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A server interceptor registered on the builder runs before every RPC; this
// one checks the token but proceeds whatever the result, so it guards nothing.

#include "records.grpc.pb.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/support/server_interceptor.h>

#include <memory>
#include <string>
#include <vector>

using cowin::records::BeneficiaryReply;
using cowin::records::LookupRequest;
using cowin::records::Records;
using grpc::ServerContext;
using grpc::Status;
namespace gx = grpc::experimental;

struct Beneficiary {
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);
bool verify_token(const std::string& token);
void audit(const char* what);

class TokenInterceptor : public gx::Interceptor {
public:
  void Intercept(gx::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(gx::InterceptionHookPoints::POST_RECV_INITIAL_METADATA)) {
      auto* metadata = methods->GetRecvInitialMetadata();
      auto token = metadata->find("authorization");
      if (token == metadata->end() || !verify_token(std::string(token->second.data(), token->second.size())))
        audit("call without a valid token");
    }
    methods->Proceed();
  }
};

class TokenInterceptorFactory : public gx::ServerInterceptorFactoryInterface {
public:
  gx::Interceptor* CreateServerInterceptor(gx::ServerRpcInfo*) override {
    return new TokenInterceptor();
  }
};

class RecordsService final : public Records::Service {
  Status GetBeneficiary(ServerContext* context, const LookupRequest* request,
                        BeneficiaryReply* reply) override {
    reply->set_mobile(findBeneficiary(request->beneficiary_id()).mobile);
    return Status::OK;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'RPC /cowin.records.Records/GetBeneficiary' returns personal data (mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  }
};

int main() {
  RecordsService service;
  grpc::ServerBuilder builder;
  std::vector<std::unique_ptr<gx::ServerInterceptorFactoryInterface>> creators;
  creators.push_back(std::make_unique<TokenInterceptorFactory>());
  builder.experimental().SetInterceptorCreators(std::move(creators));
  builder.RegisterService(&service);
  builder.BuildAndStart()->Wait();
}

// CHECK-NOTES: note: guard 'TokenInterceptor' does not count: it lets the request continue without the guard's success (line 41)
