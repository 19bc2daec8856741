#!/bin/bash
# tools/deps.sh: installs the Debian packages the build and the tests need, only
# those missing (checked with dpkg -s), so it is quick when all are present.
# Used by `make run`, `make test` and .ci/run.
# SPDX-License-Identifier: MIT
set -euo pipefail

packages=(gcc make libreadline-dev libedit-dev libffi-dev libsdl2-dev libgpiod-dev
          libcriterion-dev pkg-config python3 valgrind)

missing=()
for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing missing packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -q
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
