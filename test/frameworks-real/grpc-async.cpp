// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 -I%grpc-gen > %t.out
// RUN: FileCheck %s --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: %expect-exit 1 %pii-tidy --inventory %s -- -std=c++17 -I%grpc-gen | FileCheck %s --check-prefix=INVENTORY

// Asynchronous gRPC service (the shape of grpc's greeter_async_server), on the
// real grpc++ headers and protoc-generated code: `RequestGetBeneficiary(&ctx,
// &request, &responder, ...)` asks for calls, and the method that calls
// `responder_.Finish(reply_, Status::OK, this)` answers them with what was
// written into the reply member. FinishWithError sends no reply.

#include "records.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <string>

using cowin::records::BeneficiaryReply;
using cowin::records::LookupRequest;
using cowin::records::Records;

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);
bool verify_otp(const std::string& mobile, const std::string& otp);

class BeneficiaryCall {
public:
  BeneficiaryCall(Records::AsyncService* service, grpc::ServerCompletionQueue* cq)
      : service_(service), cq_(cq), responder_(&ctx_) {
    Proceed();
  }

  void Proceed() {
    if (status_ == CREATE) {
      status_ = PROCESS;
      service_->RequestGetBeneficiary(&ctx_, &request_, &responder_, cq_, cq_, this);
    } else if (status_ == PROCESS) {
      new BeneficiaryCall(service_, cq_);
      const Beneficiary b = findBeneficiary(request_.beneficiary_id());
      reply_.set_full_name(b.full_name);
      reply_.set_mobile(b.mobile);
      status_ = FINISH;
      responder_.Finish(reply_, grpc::Status::OK, this);
      // CHECK: :[[@LINE-1]]:7: error: endpoint 'RPC /cowin.records.Records/GetBeneficiary' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
    } else {
      delete this;
    }
  }

private:
  Records::AsyncService* service_;
  grpc::ServerCompletionQueue* cq_;
  grpc::ServerContext ctx_;
  LookupRequest request_;
  BeneficiaryReply reply_;
  grpc::ServerAsyncResponseWriter<BeneficiaryReply> responder_;
  enum CallStatus { CREATE, PROCESS, FINISH };
  CallStatus status_ = CREATE;
};

class VerifiedCall {
public:
  VerifiedCall(Records::AsyncService* service, grpc::ServerCompletionQueue* cq)
      : service_(service), cq_(cq), responder_(&ctx_) {
    service_->RequestGetVerifiedBeneficiary(&ctx_, &request_, &responder_, cq_, cq_, this);
  }

  void Answer() {
    const Beneficiary b = findBeneficiary(request_.beneficiary_id());
    auto otp = ctx_.client_metadata().find("x-otp");
    if (otp == ctx_.client_metadata().end() ||
        !verify_otp(b.mobile, std::string(otp->second.data(), otp->second.size()))) {
      responder_.FinishWithError(grpc::Status(grpc::StatusCode::UNAUTHENTICATED, "otp"), this);
      return;
    }
    reply_.set_full_name(b.full_name);
    responder_.Finish(reply_, grpc::Status::OK, this);
  }

private:
  Records::AsyncService* service_;
  grpc::ServerCompletionQueue* cq_;
  grpc::ServerContext ctx_;
  LookupRequest request_;
  BeneficiaryReply reply_;
  grpc::ServerAsyncResponseWriter<BeneficiaryReply> responder_;
};

// INVENTORY: | RPC | /cowin.records.Records/GetBeneficiary | grpc | {{.*}}grpc-async.cpp:39 | BeneficiaryCall::Proceed | full_name (identity), mobile (contact) | - | **unguarded** |
// INVENTORY: | RPC | /cowin.records.Records/GetVerifiedBeneficiary | grpc | {{.*}}grpc-async.cpp:68 | VerifiedCall::Answer | full_name (identity) | verify_otp (otp, dominating call) | guarded |
