#!/bin/bash
# tools/run_unit.sh: runs each Criterion unit-test binary given and prints one
# summary line, `unit: N passed, N failed`; exits 1 if any test failed or crashed.
# SPDX-License-Identifier: MIT
set -uo pipefail

passed=0
failed=0
for bin in "$@"; do
    out=$("$bin" --jobs=2 2>&1)
    status=$?
    # Criterion ends with "Synthesis: Tested: N | Passing: N | Failing: N | Crashing: N"
    line=$(grep -a 'Synthesis:' <<<"$out" | tail -n 1)
    if [ -z "$line" ]; then
        echo "$out"
        echo "FAIL $bin: no Criterion summary (exit status $status)"
        failed=$((failed + 1))
        continue
    fi
    ok=$(sed -n 's/.*Passing: \([0-9]*\).*/\1/p' <<<"$line")
    bad=$(sed -n 's/.*Failing: \([0-9]*\).*Crashing: \([0-9]*\).*/\1 \2/p' <<<"$line")
    bad=$(( ${bad% *} + ${bad#* } ))
    if [ "$bad" -gt 0 ] || [ "$status" -ne 0 ]; then
        echo "$out"
        [ "$bad" -eq 0 ] && bad=1
    fi
    echo "$(basename "$bin"): $ok passed, $bad failed"
    passed=$((passed + ok))
    failed=$((failed + bad))
done
echo "unit: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
