#!/usr/bin/env bash
# Installs what Fangzhi needs to build, test and run on Debian 12, by apt package name.
# Does nothing when everything is already there. Run as root (or with sudo available).
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libgl-dev libqt6sql6-sqlite libqt6sql6-psql postgresql-15 postgresql-15-rum
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libicu-dev libsqlite3-dev qtkeychain-qt6-dev libqt6svg6 dpkg-dev file
  fonts-noto-cjk fonts-dejavu-core
  xvfb xauth poppler-utils
  ripgrep
  mount util-linux
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
