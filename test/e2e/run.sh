#!/usr/bin/env bash
# End-to-end tests of argmap in a real VS Code host (code-server's workbench in headless Chromium).
#
#   bash test/e2e/run.sh            # or: npm run test:e2e
#
# 1. installs the tools if missing (test/e2e/setup.sh, into .e2e-tools/);
# 2. builds dist/ (node esbuild.mjs);
# 3. prepares a throw-away workspace: a copy of samples/, the fixtures in test/e2e/workspace/
#    and a plain README.md;
# 4. starts code-server on a free 127.0.0.1 port with a fresh user-data and extensions dir,
#    and runs the mocha suite test/e2e/suite/*.test.js inside its extension host (test/e2e/driver.mjs),
#    with argmap as users get it: the packaged .vsix (production bundles, test/e2e/package-vsix.sh)
#    installed with `--install-extension`; VS Code runs the suite beside an empty development
#    extension (test/e2e/host/). With E2E_EXTENSION=DIR the suite loads DIR in development mode instead;
# 4b. the article's map SVG (from the CLI) in headless Chromium: boxes on the page, none overlapping,
#    text inside them, a screenshot (test/e2e/svg-render.mjs; E2E_SVG=0 skips it);
# 5. then (unless E2E_SCREENSHOTS=0) a UI-level check: a second fresh code-server with the
#    same .vsix installed (or the E2E_EXTENSION folder copied in), the sample opened in the browser workbench,
#    squiggles, problem count and hover checked and screenshotted (test/e2e/screenshots.mjs).
# 6. the browser checks, test/e2e/browser/*.mjs: what argmap writes (Mermaid) rendered in Chromium.
# Prints `N passed, N failed` alone on a line and exits with the suite's code (1 as well when
# the suite passed but the UI check failed). Every server's process group is killed on exit.
#
# Environment: E2E_PORT (first port to use; default: a free one), E2E_TIMEOUT_MS (driver
# timeout, default 300000), E2E_GREP (mocha --grep), E2E_SCREENSHOTS=0 (skip step 5),
# E2E_UPDATE_IMAGES=1 (step 5 writes into docs/images/ instead of test/e2e/.work/screenshots/),
# E2E_KEEP=1 (keep the temp dir), E2E_EXTENSION (an extension folder to load in development mode instead of the .vsix), E2E_TOOLS (tools dir, default .e2e-tools).
# Logs of the last run: test/e2e/.work/logs/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
T0=$(date +%s.%N)
say() { echo "e2e: $*" >&2; }
fail() { echo "e2e: FAILED: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

# 1. tools ---------------------------------------------------------------------------------
TOOLS=$(bash test/e2e/setup.sh | tail -n 1) || fail "test/e2e/setup.sh could not install the tools"
export PATH=$TOOLS/node24/bin:$PATH
ENTRY=$TOOLS/code-server/node_modules/code-server/out/node/entry.js
[ -f "$ENTRY" ] || fail "code-server is missing at $ENTRY"

# 2. build ---------------------------------------------------------------------------------
say "building dist/ …"
node esbuild.mjs || fail "the build (node esbuild.mjs) failed"
for f in dist/extension.js dist/server.js dist/cli.js; do [ -f "$f" ] || fail "$f was not built"; done
MAIN=$(node -p "require('./package.json').main")
[ -f "$MAIN" ] || fail "package.json main ($MAIN) does not exist after the build"
[ -d node_modules/mocha ] && [ -d node_modules/playwright-core ] || fail "mocha/playwright-core missing: run npm ci in $ROOT"

# 3. scratch dirs and workspace ------------------------------------------------------------
LOGS=$ROOT/test/e2e/.work/logs
rm -rf "$LOGS"; mkdir -p "$LOGS"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/argmap-e2e.XXXXXX")
PGIDS=()
cleanup() {
  local rc=$?
  for g in "${PGIDS[@]}"; do kill -TERM -- "-$g" 2>/dev/null || true; done
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    local alive=0
    for g in "${PGIDS[@]}"; do kill -0 -- "-$g" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break; sleep 0.2
  done
  for g in "${PGIDS[@]}"; do kill -KILL -- "-$g" 2>/dev/null || true; done
  for d in "$WORK"/*/user/logs; do [ -d "$d" ] && cp -R "$d" "$LOGS/$(basename "$(dirname "$(dirname "$d")")")-vscode-logs" 2>/dev/null || true; done
  if [ "${E2E_KEEP:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The extension under test: the packaged .vsix, unless E2E_EXTENSION names a folder to load
# in development mode.
VSIX=
if [ -z "${E2E_EXTENSION:-}" ]; then
  say "packaging the .vsix (production bundles) …"
  VSIX=$(bash test/e2e/package-vsix.sh "$WORK/vsix" | tail -n 1) || fail "packaging the .vsix failed (npm run package)"
  [ -f "$VSIX" ] || fail "packaging the .vsix wrote nothing"
  say "testing $(basename "$VSIX") ($(du -k "$VSIX" | cut -f1) KB)"
fi

prepare_workspace() { # DIR [--no-fixtures]
  local ws=$1
  mkdir -p "$ws"
  [ -d samples ] && cp -R samples "$ws/samples"
  [ "${2:-}" = --no-fixtures ] || cp -R test/e2e/workspace/. "$ws/"
  printf '# A plain README\n\nThis is not an argument file.\n\nClaim: argmap must leave this file alone, label or not.\n' >"$ws/README.md"
}

free_port() { # prints a free TCP port on 127.0.0.1 (E2E_PORT + offset when E2E_PORT is set)
  if [ -n "${E2E_PORT:-}" ]; then echo $((E2E_PORT + $1)); return; fi
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# start_server NAME PORT: fresh user-data + extensions dir under $WORK/NAME; a new session
# (setsid) so that the wrapper, the server, the extension host, the language server and the
# watchers form one process group that cleanup kills as a whole.
start_server() {
  local name=$1 port=$2 dir=$WORK/$1
  mkdir -p "$dir/user/User" "$dir/exts"
  if [ -n "$VSIX" ]; then
    node "$ENTRY" --user-data-dir "$dir/user" --extensions-dir "$dir/exts" --install-extension "$VSIX" \
      >"$LOGS/$name-install.log" 2>&1 || { tail -20 "$LOGS/$name-install.log" >&2; fail "code-server --install-extension $VSIX failed"; }
  fi
  cat >"$dir/user/User/settings.json" <<'JSON'
{
  "chat.disableAIFeatures": true,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "window.commandCenter": false,
  "editor.hover.delay": 300,
  "editor.minimap.enabled": false,
  "editor.stickyScroll.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden"
}
JSON
  setsid node "$ENTRY" --bind-addr "127.0.0.1:$port" --auth none \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    --config "$dir/config.yaml" --user-data-dir "$dir/user" --extensions-dir "$dir/exts" \
    --vscode-option enable-smoke-test-driver >"$LOGS/$name-server.log" 2>&1 </dev/null &
  local pid=$!
  PGIDS+=("$pid")
  for _ in $(seq 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && return 0
    kill -0 "$pid" 2>/dev/null || { tail -20 "$LOGS/$name-server.log" >&2; fail "code-server ($name) exited at start"; }
    sleep 0.25
  done
  tail -20 "$LOGS/$name-server.log" >&2
  fail "code-server ($name) did not answer /healthz on port $port within 30 s"
}

# 4. the suite in the extension host -------------------------------------------------------
prepare_workspace "$WORK/ws"
PORT=$(free_port 0)
start_server suite "$PORT"
say "code-server on 127.0.0.1:$PORT; running the suite in its extension host …"
set +e
if [ -n "$VSIX" ]; then DEV=$ROOT/test/e2e/host; EXPECT=$WORK/suite/exts; else DEV=$E2E_EXTENSION; EXPECT=$E2E_EXTENSION; fi
E2E_ENV=$(node -p "JSON.stringify({...JSON.parse(process.env.E2E_ENV || '{}'), E2E_EXPECT_EXTENSION: process.argv[1], E2E_MODE: process.argv[2]})" "$EXPECT" "${VSIX:+vsix}") \
node test/e2e/driver.mjs --port "$PORT" --workspace "$WORK/ws" --extension "$DEV" \
  --suite "$ROOT/test/e2e/suite/index.js" --logs "$LOGS/suite" | tee "$LOGS/suite-output.txt"
RC=${PIPESTATUS[0]}
set -e
read -r PASSED FAILED < <(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$LOGS/suite-output.txt" | tail -n 1)
PASSED=${PASSED:-0}; FAILED=${FAILED:-1}

# 4b. the map's SVG in Chromium ------------------------------------------------------------
# The article sample's map as the CLI draws it, opened in headless Chromium: every box on the page,
# no two overlapping, every line inside its box; a screenshot (test/e2e/svg-render.mjs). E2E_SVG=0 skips it.
if [ "${E2E_SVG:-1}" != 0 ]; then
  SVG_SHOTS=$ROOT/test/e2e/.work/screenshots
  [ "${E2E_UPDATE_IMAGES:-0}" = 1 ] && SVG_SHOTS=$ROOT/docs/images
  node dist/cli.js graph --format svg samples/greater-bay-area.arg.md >"$WORK/article-map.svg" || fail "argmap graph --format svg failed"
  if node test/e2e/svg-render.mjs --svg "$WORK/article-map.svg" --out "$SVG_SHOTS" >"$LOGS/svg-render.txt" 2>&1; then
    PASSED=$((PASSED + 1)); say "map SVG in Chromium: ok"
  else
    FAILED=$((FAILED + 1)); cat "$LOGS/svg-render.txt" >&2; [ "$RC" = 0 ] && RC=1
  fi
fi

# 5. UI-level check with screenshots -------------------------------------------------------
if [ "${E2E_SCREENSHOTS:-1}" != 0 ]; then
  # The extension as a user has it: the .vsix installed (start_server), or with E2E_EXTENSION the
  # folder copied into the extensions dir as <publisher>.<name>-<version> (manifest and what it points at).
  if [ -z "$VSIX" ]; then
    EXT_ID=$(node -p "const p=require('$E2E_EXTENSION/package.json');p.publisher+'.'+p.name+'-'+p.version")
    EXT_DIR=$WORK/ui/exts/$EXT_ID
    mkdir -p "$EXT_DIR"
    for f in "$E2E_EXTENSION"/*; do
      case "$(basename "$f")" in node_modules|test|out|bench|scripts|docs|client|server|samples|package-lock.json|*.vsix) ;; *) cp -R "$f" "$EXT_DIR/" ;; esac
    done
  fi
  UI_WS=$WORK/demo/argmap # the folder name shows in the screenshots
  prepare_workspace "$UI_WS" --no-fixtures
  SHOTS=$ROOT/test/e2e/.work/screenshots
  [ "${E2E_UPDATE_IMAGES:-0}" = 1 ] && SHOTS=$ROOT/docs/images
  UI_PORT=$(free_port 1)
  start_server ui "$UI_PORT"
  say "UI check: code-server on 127.0.0.1:$UI_PORT, screenshots to $SHOTS …"
  set +e
  node test/e2e/screenshots.mjs --port "$UI_PORT" --workspace "$UI_WS" --out "$SHOTS" --logs "$LOGS/ui" \
    --sample samples/greater-bay-area.arg.md
  UI_RC=$?
  set -e
  if [ $UI_RC = 0 ]; then PASSED=$((PASSED + 1)); else
    FAILED=$((FAILED + 1)); say "UI check failed (exit $UI_RC); see $LOGS/ui"; [ "$RC" = 0 ] && RC=1
  fi
fi

# 6. browser checks: each test/e2e/browser/*.mjs renders something argmap writes in headless
# Chromium (exit 0 = pass), with the screenshots beside the UI check's.
for check in test/e2e/browser/*.mjs; do
  say "browser check $(basename "$check") …"
  if node "$check" "$ROOT/test/e2e/.work/screenshots"; then PASSED=$((PASSED + 1)); else
    FAILED=$((FAILED + 1)); say "browser check $(basename "$check") failed"; [ "$RC" = 0 ] && RC=1
  fi
done

say "wall time $(node -p "(($(date +%s.%N) - $T0)).toFixed(1)") s; logs in $LOGS"
echo "$PASSED passed, $FAILED failed"
exit "$RC"
