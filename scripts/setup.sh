#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine with Node >= 20.19: pnpm (pinned),
# Debian's chromium for the browser tests and Lighthouse (no browser is ever downloaded), and the
# workspace's dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium"
  as_root=""
  [ "$(id -u)" = 0 ] || as_root="sudo"
  $as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq chromium >/dev/null
fi

pnpm install --frozen-lockfile
