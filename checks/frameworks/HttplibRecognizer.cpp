// cpp-httplib: svr.Get/Post/Put/Patch/Delete/Options(pattern, handler).
#include "FrameworkRecognizer.h"

#include "AstUtil.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace pii {

namespace {

class HttplibRecognizer : public FrameworkRecognizer {
public:
  llvm::StringRef name() const override { return "cpp-httplib"; }

  void visitCall(const CallExpr *Call, ASTContext &Ctx,
                 std::vector<RecognizedEndpoint> &Out) override {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
    if (!MC || MC->getNumArgs() < 2)
      return;
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || !isOrDerivesFrom(recordOf(MC->getObjectType()), "httplib::Server"))
      return;
    llvm::StringRef Method = llvm::StringSwitch<llvm::StringRef>(simpleName(MD))
                                 .Case("Get", "GET")
                                 .Case("Post", "POST")
                                 .Case("Put", "PUT")
                                 .Case("Patch", "PATCH")
                                 .Case("Delete", "DELETE")
                                 .Case("Options", "OPTIONS")
                                 .Default("");
    if (Method.empty())
      return;
    Out.push_back(makeEndpoint(name(), Method.str(), routeText(MC->getArg(0)),
                               MC->getBeginLoc(), MC->getArg(MC->getNumArgs() - 1), Ctx));
  }

  std::optional<EmissionSite> responseWrite(const Stmt *S) const override {
    return recognizeResponseObjectWrite(
        S, [](const CXXRecordDecl *RD) { return qualifiedName(RD) == "httplib::Response"; },
        [](llvm::StringRef Method) {
          return Method == "set_content" || Method == "set_content_provider" ||
                 Method == "set_chunked_content_provider";
        });
  }
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createHttplibRecognizers() {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  R.push_back(std::make_unique<HttplibRecognizer>());
  return R;
}

} // namespace pii
