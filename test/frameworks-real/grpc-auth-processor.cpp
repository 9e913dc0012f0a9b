// RUN: %expect-exit 0 %pii-tidy %s -- -std=c++17 -I%grpc-gen > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// An AuthMetadataProcessor on the server credentials authenticates every
// call before any service method runs: it guards every RPC of the server.

#include "records.grpc.pb.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/security/auth_metadata_processor.h>

#include <memory>
#include <string>

using cowin::records::BeneficiaryReply;
using cowin::records::LookupRequest;
using cowin::records::Records;
using grpc::ServerContext;
using grpc::Status;

struct Beneficiary {
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);
bool tokenIsValid(const grpc::string_ref& token);

class TokenProcessor : public grpc::AuthMetadataProcessor {
public:
  Status Process(const InputMetadata& auth_metadata, grpc::AuthContext* context,
                 OutputMetadata* consumed, OutputMetadata* response) override {
    auto token = auth_metadata.find("authorization");
    if (token == auth_metadata.end() || !tokenIsValid(token->second))
      return Status(grpc::StatusCode::UNAUTHENTICATED, "invalid token");
    return Status::OK;
  }
};

class RecordsService final : public Records::Service {
  Status GetBeneficiary(ServerContext* context, const LookupRequest* request,
                        BeneficiaryReply* reply) override {
    reply->set_mobile(findBeneficiary(request->beneficiary_id()).mobile);
    return Status::OK;
  }
};

int main() {
  RecordsService service;
  auto creds = grpc::SslServerCredentials(grpc::SslServerCredentialsOptions());
  creds->SetAuthMetadataProcessor(std::make_shared<TokenProcessor>());
  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", creds);
  builder.RegisterService(&service);
  builder.BuildAndStart()->Wait();
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
