#!/usr/bin/env bash
# Installs what whereas needs to build and test, from Debian 12 packages.
set -euo pipefail
packages=(g++ cmake make pkg-config git libre2-dev libyaml-cpp-dev
          libboost-program-options-dev libicu-dev libpoppler-cpp-dev libgumbo-dev poppler-utils nlohmann-json3-dev doctest-dev pybind11-dev python3-dev jq yq python3-yaml python3-jsonschema parallel man-db zsh fish
          clang libclang-rt-14-dev cppcheck clang-tidy clang-tidy-15)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
