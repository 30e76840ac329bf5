#!/usr/bin/env bash
# Installs dependencies, then configures and builds Fangzhi into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
