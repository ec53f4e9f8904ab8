#!/usr/bin/env bash
# Packages the extension as users get it (`npm run package`: production bundles, .vscodeignore)
# in a copy of the working tree, so that the production build never overwrites the development
# dist/. Prints the path of the .vsix on its last line.
#
#   bash test/e2e/package-vsix.sh OUTDIR
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=${1:?usage: package-vsix.sh OUTDIR}
COPY=$OUT/tree
rm -rf "$COPY"; mkdir -p "$COPY"
for f in "$ROOT"/* "$ROOT"/.vscodeignore; do
  case "$(basename "$f")" in node_modules|out|dist|test|bench|*.vsix) ;; *) cp -R "$f" "$COPY/" ;; esac
done
ln -s "$ROOT/node_modules" "$COPY/node_modules"
(cd "$COPY" && npm run -s package >"$OUT/package.log" 2>&1) || { tail -30 "$OUT/package.log" >&2; exit 1; }
[ -f "$COPY/argmap.vsix" ] || { echo "package-vsix: no argmap.vsix was written" >&2; exit 1; }
mv "$COPY/argmap.vsix" "$OUT/argmap.vsix"
rm -rf "$COPY"
echo "$OUT/argmap.vsix"
