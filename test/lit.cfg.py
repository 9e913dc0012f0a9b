import os
import lit.formats

# CMake writes the values (paths of the built tools) into a site config and
# passes its path as a parameter; everything else lives here.
if not hasattr(config, "pii_tidy"):
    lit_config.load_config(config, lit_config.params["pii_site_config"])

config.name = "pii-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "unit", "utils", "corpus"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.pii_binary_root, "test")

# FileCheck, not, count come from LLVM's tools directory.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
for var in ("HOME", "TMPDIR", "LANG"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

utils = os.path.join(config.test_source_root, "utils")
config.substitutions.append(("%pii-tidy", config.pii_tidy))
config.substitutions.append(("%pii-module", config.pii_module))
config.substitutions.append(("%clang-tidy", os.path.join(config.llvm_tools_dir, "clang-tidy")))
config.substitutions.append(("%expect-exit", config.python + " " + os.path.join(utils, "expect_exit.py")))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
config.substitutions.append(("%python", config.python))
config.substitutions.append(("%src-root", config.pii_source_root))
