#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine with Node >= 20.19: pnpm (pinned),
# Debian's chromium for the browser tests and Lighthouse (no browser is ever downloaded) with a CJK
# font so Chinese pages render as a phone shows them, the fonts the reader's share images are drawn with
# (DejaVu Sans for Latin, Droid Sans Fallback for Chinese: TrueType files satori can read), and the
# workspace's dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

DEBIAN_PACKAGES=(chromium fonts-wqy-microhei fonts-dejavu-core fonts-droid-fallback)
if ! dpkg -s "${DEBIAN_PACKAGES[@]}" >/dev/null 2>&1; then
  echo "setup: installing ${DEBIAN_PACKAGES[*]} from Debian"
  as_root=""
  [ "$(id -u)" = 0 ] || as_root="sudo"
  $as_root apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${DEBIAN_PACKAGES[@]}" >/dev/null
fi

pnpm install --frozen-lockfile
