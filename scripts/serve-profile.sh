#!/usr/bin/env bash
# Usage: serve-profile.sh PROFILE PORT
# Builds the site from PROFILE in a private copy of the project (so the main
# .next stays the seed's) and serves it with `next start`. Started by the
# Playwright configs of suites that need a profile other than the seed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PROFILE="$(cd "$ROOT" && realpath "$1")"
PORT="$2"
COPY="${TMPDIR:-/tmp}/researcher-site-$(basename "$PROFILE" .md)"
mkdir -p "$COPY"
# The site needs app/, lib/, content and its configs; the scripts and tests
# are not part of it, and leaving them out keeps their imports out of this build.
rsync -a --delete --delete-excluded --filter 'P /node_modules/' --filter 'P /.next/' --exclude node_modules --exclude .next --exclude out --exclude test-results \
  --exclude /scripts --exclude /e2e --exclude '/playwright*.ts' "$ROOT/" "$COPY/"
# Turbopack refuses a symlinked node_modules; hard links are as fast and look like real files.
if [ ! -d "$COPY/node_modules" ]; then cp -al "$ROOT/node_modules" "$COPY/node_modules" 2>/dev/null || cp -a "$ROOT/node_modules" "$COPY/node_modules"; fi
cd "$COPY"
export PROFILE_PATH="$PROFILE"
unset STATIC_EXPORT
started=$(date +%s)
node node_modules/next/dist/bin/next build >"$COPY/build.log" 2>&1 || { cat "$COPY/build.log" >&2; exit 1; }
# The rest of `npm run build`, run from the project on this copy's output.
node node_modules/tsx/dist/cli.mjs "$ROOT/scripts/write-csp-policies.ts" >>"$COPY/build.log" 2>&1 || { cat "$COPY/build.log" >&2; exit 1; }
echo "serve-profile: built $(basename "$PROFILE") in $(( $(date +%s) - started )) s" >&2
exec node node_modules/next/dist/bin/next start -p "$PORT" -H 127.0.0.1
