#!/usr/bin/env bash
# The class-responses browser test in one command: tests/class/browser/run.sh build/lineage
# Needs Debian's chromium and nodejs/npm (tools/setup --test installs them). Missing tools are
# a failure, never a silent skip. playwright-core is installed with `npm ci` from the
# checked-in lock file into build/class-browser/ (never a browser download).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lineage="$(realpath "${1:?usage: run.sh path/to/lineage}")"
work="${LINEAGE_BROWSER_WORK:-$(dirname "$lineage")/class-browser}"
chromium="${LINEAGE_CHROMIUM:-/usr/bin/chromium}"
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (apt-get install nodejs npm, or tools/setup --test)" >&2; exit 1; }
done
[ -x "$chromium" ] || { echo "FAIL: $chromium is missing (apt-get install chromium, or tools/setup --test)" >&2; exit 1; }
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/browser_test.mjs" "$work/"
if ! cmp -s "$here/package-lock.json" "$work/node_modules/.installed-lock" 2>/dev/null; then
  (cd "$work" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
  cp "$here/package-lock.json" "$work/node_modules/.installed-lock"
fi
cd "$work"
exec env LINEAGE_CHROMIUM="$chromium" node browser_test.mjs "$lineage"
