#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (clang), runs the whole
# suite under them, then each libFuzzer target for FUZZ_SECONDS (default 60) from the sample pages
# and the inputs that once failed. Fails on a test failure, a crash, a sanitizer report, or an
# input that takes more than a second.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset sanitize
cmake --build --preset sanitize
export QT_QPA_PLATFORM=offscreen
# Some tests need root: they mount a folder read-only and act as a user without rights.
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo --preserve-env=QT_QPA_PLATFORM,ASAN_OPTIONS,UBSAN_OPTIONS)
"${as_root[@]}" ctest --preset sanitize -j "$(nproc)"

seconds="${FUZZ_SECONDS:-60}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for target in decode parse resolve query; do
  corpus="$work/$target"
  mkdir -p "$corpus"
  cp seeds/*.txt "tests/fuzz/regressions/$target"/* "$corpus/"
  echo "fuzz_$target: ${seconds}s"
  ASAN_OPTIONS=detect_leaks=0 build-sanitize/tests/fuzz_$target "$corpus" \
    -max_total_time="$seconds" -timeout=1 -rss_limit_mb=4096 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$work/$target-" 2>&1 | tail -12
  if ls "$work/$target-"* >/dev/null 2>&1; then
    echo "fuzz_$target found failing inputs (kept under tests/fuzz/regressions/$target when fixed):" >&2
    ls "$work/$target-"* >&2
    exit 1
  fi
done
