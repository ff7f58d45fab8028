#!/usr/bin/env bash
# The package as users get it: `npm pack` (which builds dist/), install the tarball into an empty ESM project,
# then import 'fake-wx' with plain Node and run a vitest test that uses 'fake-wx/vitest'. Temp dir only.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/fake-wx-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$repo"
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
mkdir "$work/app" && cd "$work/app"
printf '{ "name": "app", "private": true, "type": "module" }\n' > package.json
npm install --no-audit --no-fund --loglevel=error "$work/$tarball" "vitest@$(node -p "require('$repo/node_modules/vitest/package.json').version")"
node --input-type=module -e "
import { createRuntime } from 'fake-wx'
const rt = createRuntime({ scenario: 'denied-once' })
const err = await rt.wx.authorize({ scope: 'scope.userLocation' }).catch((e) => e)
if (err.errMsg !== 'authorize:fail auth deny') throw new Error('unexpected: ' + JSON.stringify(err))
console.log('plain node import of fake-wx: ok')
"
mkdir test && cat > test/app.test.js <<'JS'
import { expect, test } from 'fake-wx/vitest'
test('the fixture installs wx and the matchers work', async ({ rt }) => {
  rt.user.answer({ authorize: 'deny' })
  await globalThis.wx.getLocation().catch(() => {})
  expect(rt).toHavePrompted('scope.userLocation')
  expect(rt).toHaveScope('scope.userLocation', 'denied')
})
JS
npx vitest run --reporter=dot
# The published types: rt.wx is the official WechatMiniprogram.Wx for the APIs it has.
npm install --no-audit --no-fund --loglevel=error "typescript@$(node -p "require('$repo/node_modules/typescript/package.json').version")"
cat > check.ts <<'TS'
import { createRuntime, type Runtime } from 'fake-wx'
const rt: Runtime = createRuntime({ scenario: ['denied-once', 'os-denied'] })
const wx: Pick<WechatMiniprogram.Wx, 'getLocation' | 'openSetting' | 'authorize'> = rt.wx
wx.getLocation({ type: 'gcj02', success: (res) => res.latitude.toFixed(2) })
TS
npx tsc --noEmit --strict --module nodenext --moduleResolution nodenext --skipLibCheck check.ts
echo "package types: ok"
echo "package check: passed"
