#!/usr/bin/env bash
# `npm run test:fork [PROFILE]`: what a researcher who forks the project meets. Clones the
# committed state of this checkout into the temp dir, puts PROFILE (default: another
# researcher's homepage, test/profiles/other-researcher.md) in place of content/profile.md,
# and runs the whole `npm test` there. It must pass: the seed's facts are tested on a copy of
# the seed, and what runs on the content file holds for any valid profile.
# Its suites build under a temp dir of their own, but use the ports E2E_PORT_OFFSET gives, so do not
# run it beside another `npm test` with the same offset.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PROFILE="$(realpath "${1:-$ROOT/test/profiles/other-researcher.md}")"
FORK="${TMPDIR:-/tmp}/researcher-site-fork"
rm -rf "$FORK"
git clone --quiet "$ROOT" "$FORK"
cp "$PROFILE" "$FORK/content/profile.md"
# Hard links: the files `npm ci` would install from the same lock file, without copying them.
cp -al "$ROOT/node_modules" "$FORK/node_modules" 2>/dev/null || (cd "$FORK" && npm ci)
cd "$FORK"
export TMPDIR="$FORK.tmp"
rm -rf "$TMPDIR" && mkdir -p "$TMPDIR"
echo "test:fork: npm test in $FORK with $(basename "$PROFILE") as content/profile.md" >&2
npm test
