#!/usr/bin/env bash
# Builds the site from e2e/fixtures/hostile.md in a private copy (so the main
# .next is untouched) and serves it; started by playwright.hostile.config.ts.
set -euo pipefail
PORT="${1:-3510}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
COPY="${HOSTILE_COPY_DIR:-${TMPDIR:-/tmp}/researcher-site-hostile}"
mkdir -p "$COPY"
# The site needs app/, lib/, content and configs; scripts/ and e2e/ (bar the fixture)
# are not part of it, and leaving them out keeps their type errors out of this build.
rsync -a --delete --delete-excluded --filter 'P /node_modules/' --filter 'P /.next/' --exclude node_modules --exclude .next --exclude out --exclude test-results \
  --exclude /scripts --include /e2e/ --include /e2e/fixtures/*** --exclude '/e2e/*' "$ROOT/" "$COPY/"
# Turbopack refuses a symlinked node_modules; hard links are as fast and look like real files.
if [ ! -d "$COPY/node_modules" ]; then cp -al "$ROOT/node_modules" "$COPY/node_modules" 2>/dev/null || cp -a "$ROOT/node_modules" "$COPY/node_modules"; fi
cd "$COPY"
export PROFILE_PATH=e2e/fixtures/hostile.md
unset STATIC_EXPORT
node node_modules/next/dist/bin/next build >"$COPY/build.log" 2>&1 || { cat "$COPY/build.log" >&2; exit 1; }
exec node node_modules/next/dist/bin/next start -p "$PORT" -H 127.0.0.1
