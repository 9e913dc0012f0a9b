// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 -I%grpc-gen > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out

// Synchronous gRPC service on the real grpc++ headers and protoc-generated
// code: what is written into the reply leaves at each `return Status::OK`;
// a return of an error status sends no reply.

#include "records.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <string>

using cowin::records::BeneficiaryReply;
using cowin::records::LookupRequest;
using cowin::records::Records;
using cowin::records::StockReply;
using grpc::ServerContext;
using grpc::Status;
using grpc::StatusCode;

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);
bool verify_otp(const std::string& mobile, const std::string& otp);
int dosesAt(const std::string& centre);

class RecordsService final : public Records::Service {
  Status GetBeneficiary(ServerContext* context, const LookupRequest* request,
                        BeneficiaryReply* reply) override {
    Beneficiary b = findBeneficiary(request->beneficiary_id());
    reply->set_full_name(b.full_name);
    reply->set_mobile(b.mobile);
    return Status::OK;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'RPC /cowin.records.Records/GetBeneficiary' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  }

  Status GetVerifiedBeneficiary(ServerContext* context, const LookupRequest* request,
                                BeneficiaryReply* reply) override {
    Beneficiary b = findBeneficiary(request->beneficiary_id());
    const auto& metadata = context->client_metadata();
    auto otp = metadata.find("x-otp");
    if (otp == metadata.end() ||
        !verify_otp(b.mobile, std::string(otp->second.data(), otp->second.size())))
      return Status(StatusCode::UNAUTHENTICATED, "a valid OTP is required");
    reply->set_full_name(b.full_name);
    reply->set_mobile(b.mobile);
    return Status::OK;
  }

  Status GetStock(ServerContext* context, const LookupRequest* request,
                  StockReply* reply) override {
    reply->set_doses(dosesAt(request->beneficiary_id()));
    return Status::OK;
  }
};
