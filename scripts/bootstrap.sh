#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for pii-tidy: installs the Debian packages
# it needs (only those missing), then configures and builds everything in build/.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake ninja-build g++ git python3 python3-jsonschema python3-yaml
  llvm-19-dev libclang-19-dev libclang-cpp19-dev clang-19 clang-tools-19 clang-tidy-19 llvm-19-tools
  nlohmann-json3-dev libgtest-dev
  libcpp-httplib-dev
  libpistache-dev libgrpc++-dev libprotobuf-dev protobuf-compiler protobuf-compiler-grpc libboost-dev libcpprest-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "bootstrap: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)"
