#!/usr/bin/env bash
# Installs dependencies, builds, and runs every test through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
# Some tests need root: they mount a folder read-only and act as a user without rights.
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo --preserve-env=QT_QPA_PLATFORM,ASAN_OPTIONS,UBSAN_OPTIONS)
"${as_root[@]}" ctest --preset default -j "$(nproc)"
