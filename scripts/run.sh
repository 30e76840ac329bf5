#!/usr/bin/env bash
# Installs dependencies, builds, and opens Fangzhi on the bundled sample pages.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting Fangzhi on a virtual display (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1400x900x24" build/app/fangzhi seeds "$@"
fi
exec build/app/fangzhi seeds "$@"
