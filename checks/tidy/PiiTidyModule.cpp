// The clang-tidy module: `clang-tidy --load=libPiiTidyModule.so -checks='-*,pii-*'`.
#include "CheckCatalog.h"
#include "PolicyCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace pii::tidy {

class PiiTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    for (const CheckInfo &C : allChecks())
      if (C.Implemented)
        Factories.registerCheck<PolicyCheck>(C.Name);
  }
};

static clang::tidy::ClangTidyModuleRegistry::Add<PiiTidyModule>
    Registration("pii-module", "Checks for endpoints that leak personal data.");

} // namespace pii::tidy
