#!/usr/bin/env bash
# Bundles the web UI's front-end packages into web/vendor/ at build time (Maven runs this in
# generate-resources): installs the versions pinned in package-lock.json with npm into
# target/web-npm and copies the files the pages load. The browser then needs nothing from the
# internet. Skipped when web/vendor already holds the files of this lock file.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
web="$(dirname "$here")"
root="$(dirname "$web")"
out="$web/vendor/yasgui"
stamp="$out/.lock-sha256"
lock_sha="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sha" ] && [ -f "$out/yasgui.min.js" ] && [ -f "$out/yasgui.min.css" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "web/build/vendor.sh: npm is not installed. Install Node.js and npm (the build bundles YASGUI from the npm registry into web/vendor/yasgui)." >&2
  exit 1
fi
work="$root/target/web-npm"
rm -rf "$work"
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
mkdir -p "$out"
src="$work/node_modules/@zazuko/yasgui/build"
cp "$src/yasgui.min.js" "$src/yasgui.min.css" "$out/"
{
  echo "@zazuko/yasgui $(node -p "require('$work/node_modules/@zazuko/yasgui/package.json').version") (MIT), with what its build bundles:"
  echo "CodeMirror 5, jQuery, DataTables, lodash, N3.js, PapaParse, sortablejs and others (MIT), column-resizer and"
  echo "ieee754 (BSD-3-Clause), autocomplete.js (Apache-2.0), DOMPurify (MPL-2.0 or Apache-2.0), Font Awesome icons"
  echo "(CC-BY-4.0 and MIT). Installed from the npm registry by web/build/vendor.sh at build time."
} > "$out/NOTICE.txt"
echo "$lock_sha" > "$stamp"
echo "web/build/vendor.sh: bundled $(du -sh "$out" | cut -f1) into web/vendor/yasgui" >&2
