#!/bin/bash
# tools/deps.sh: installs the Debian packages the build and the tests need, only
# those missing (checked with dpkg -s), so it is quick when all are present.
# Used by `make run` and `make test`; `tools/deps.sh m32` installs what the
# 32-bit build needs (make m32), and `tools/deps.sh all` both sets in one
# apt-get (.ci/run, whose make check runs test-m32).
# SPDX-License-Identifier: MIT
set -euo pipefail

base=(gcc make libreadline-dev libedit-dev libffi-dev libsdl2-dev libgpiod-dev
      libcriterion-dev pkg-config python3 valgrind
      python3-serial   # tests/serial: mu-editor's microfs.py talks to the board through pyserial
      xvfb xauth xdotool    # the board window's test (tests/window) under a virtual X server
      mosquitto)            # the MQTT broker of tests/net (make test-net)
# the compiler's i386 runtime, the i386 libffi it links, and the i386
# readline its REPL loads (unix/line_edit.c). Criterion's i386
# library is not here: on Debian 12 its dependencies' i386 versions lag the
# host's, so the unit tests are not built with -m32.
m32=(gcc-multilib libffi-dev:i386 libreadline8:i386)
case "${1:-}" in
    "") packages=("${base[@]}") ;;
    m32) packages=("${m32[@]}") ;;
    all) packages=("${base[@]}" "${m32[@]}") ;;
    *) echo "usage: tools/deps.sh [m32|all]" >&2; exit 2 ;;
esac

# A name installed for two architectures (libffi-dev and libffi-dev:i386) is
# ambiguous to dpkg -s, so unqualified names are checked as the host's.
native=$(dpkg --print-architecture)
missing=()
for p in "${packages[@]}"; do
    q=$p
    [[ $p == *:* ]] || q=$p:$native
    dpkg -s "$q" >/dev/null 2>&1 || dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing missing packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
# The :i386 packages need the architecture enabled before the package lists
# are fetched.
if [ -n "${1:-}" ] && ! dpkg --print-foreign-architectures | grep -qx i386; then
    $sudo dpkg --add-architecture i386
fi
# A partial failure of the lists (a mirror mid-sync) still leaves the others usable.
$sudo apt-get update -q || true
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
