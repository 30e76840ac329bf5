#!/bin/sh
# Builds Fangzhi's Debian package (build/fangzhi_VERSION_amd64.deb) with CPack.
set -eu
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target fangzhi fangzhi-cli
(cd build && cpack -G DEB)
ls build/*.deb
