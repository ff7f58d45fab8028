#!/usr/bin/env bash
# The package as users get it: `npm pack` (which builds dist/ with tsdown), its types checked with
# @arethetypeswrong/cli, then the tarball installed once into a temp folder holding four projects, each
# passing a small suite (createRuntime, the page host, spies with the runner's own matchers, fake-wx's matchers):
#   cjs-jest/   a CommonJS project, jest 30 and jest 29 with their default transform (+ fake timers globally on)
#   ts-jest/    TypeScript through ts-jest, NodeNext in a CommonJS project (types of fake-wx, /jest and /msw)
#   vitest/     an ES module project with the fake-wx/vitest fixture (+ tsc on the published types)
#   node-test/  node --test with fake-wx/node-test, ESM and CommonJS test files
# The projects share one node_modules (one install); jest and ts-jest are installed here only. Temp dir only.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/fake-wx-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
version() { node -p "require('$repo/node_modules/$1/package.json').version"; }

cd "$repo"
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
# import / require / types per entry: every entry resolves, with its own types, from CJS, ESM and bundlers.
"$repo/node_modules/.bin/attw" "$work/$tarball" --profile node16 --format table-flipped
cd "$work"
printf '{ "name": "projects", "private": true }\n' > package.json
npm install --no-audit --no-fund --prefer-offline --loglevel=error "$work/$tarball" \
  jest@30 jest29@npm:jest@29 ts-jest@29 @types/jest@30 \
  "vitest@$(version vitest)" "msw@$(version msw)" "typescript@$(version typescript)" "@types/node@$(version @types/node)"

# A small mini program: a CommonJS page that locates the user a second after it loads (app code's own
# setTimeout: each runner's fake timers must reach it), and an ES module page importing the same util.
app() {
  mkdir -p "$1/app/pages/index" "$1/app/pages/esm" "$1/app/utils"
  cat > "$1/app/app.json" <<'JSON'
{ "pages": ["pages/index/index", "pages/esm/index"], "requiredPrivateInfos": ["getLocation"],
  "permission": { "scope.userLocation": { "desc": "to find shops near you" } } }
JSON
  echo 'App({})' > "$1/app/app.js"
  echo '{}' > "$1/app/package.json" # its .js files are CommonJS, whatever the test project's "type"
  cat > "$1/app/utils/locate.js" <<'JS'
module.exports = function locate(done) {
  wx.getLocation({ type: 'gcj02', success: () => done('located'), fail: (e) => done(e.errMsg) })
}
JS
  cat > "$1/app/pages/index/index.js" <<'JS'
const locate = require('../../utils/locate.js')
Page({
  data: { status: 'idle' },
  onLoad() { setTimeout(() => locate((status) => this.setData({ status })), 1000) },
})
JS
  cat > "$1/app/pages/esm/index.mjs" <<'JS'
import locate from '../../utils/locate.js'
Page({
  data: { kind: 'esm', status: 'idle' },
  onLoad() { locate((status) => this.setData({ status })) },
})
JS
}

# --- a CommonJS jest project, jest's default transform, `setupFilesAfterEnv: ['fake-wx/jest']` ---
mkdir -p cjs-jest/test cjs-jest/misuse && app cjs-jest && cd cjs-jest
printf '{ "name": "cjs-jest", "private": true, "type": "commonjs" }\n' > package.json
echo "module.exports = { setupFilesAfterEnv: ['fake-wx/jest'], testEnvironment: 'node', testPathIgnorePatterns: ['/node_modules/', '/misuse/'] }" > jest.config.js
cat > test/app.test.js <<'JS'
const path = require('node:path')
const { createRuntime } = require('fake-wx')
const { useFakeWx } = require('fake-wx/jest')
const app = { root: path.join(__dirname, '..', 'app') }

test('createRuntime: refused once, turned back on in the settings page', async () => {
  const rt = createRuntime({ scenario: 'denied-once', user: { settings: { 'scope.userLocation': true } } })
  await expect(rt.wx.getLocation({ type: 'gcj02' })).rejects.toMatchObject({ errMsg: 'getLocation:fail auth deny' })
  await rt.tap(() => rt.wx.openSetting())
  await expect(rt.wx.getLocation({ type: 'gcj02' })).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  expect(rt.wx.getLocation).toHaveBeenCalledTimes(2)
  expect(rt.wx.getLocation).toHaveBeenLastCalledWith({ type: 'gcj02' })
  expect(rt).toHaveScope('scope.userLocation', 'granted')
  expect(rt).toHaveFailedWith('getLocation', 'auth deny')
  expect(rt).not.toHavePrompted('scope.userLocation')
  expect(() => expect(rt).toHavePrompted('modal')).toThrow(/Timeline:/)
})

describe('the page host under jest, a fresh runtime per test (useFakeWx)', () => {
  const fx = useFakeWx({ app, user: { authorize: 'allow' } })
  afterEach(() => jest.useRealTimers())

  test("a CommonJS page: its setTimeout runs on jest's fake timers", async () => {
    jest.useFakeTimers()
    const page = await fx.rt.open('pages/index/index')
    expect(page.data.status).toBe('idle')
    jest.advanceTimersByTime(1000)
    await fx.rt.settle()
    expect(page.data.status).toBe('located')
    expect(fx.rt).toHavePrompted('scope.userLocation')
    expect(fx.wx.getLocation).toHaveBeenCalledWith(expect.objectContaining({ type: 'gcj02' }))
  })

  test('an ES module page (.mjs), without --experimental-vm-modules', async () => {
    const page = await fx.rt.open('pages/esm/index')
    await fx.rt.settle()
    expect(page.data).toMatchObject({ kind: 'esm', status: 'located' })
    expect(globalThis.wx).toBe(fx.wx)
    expect(fx.rt).toHaveCalledWxTimes('getLocation', 1) // a fresh runtime: the last test's call is not here
  })
})

test('nothing leaks: the global wx is gone after the tests that had it', () => {
  expect('wx' in globalThis).toBe(false)
})
JS
# A callback-style call whose prompt nobody answered must fail the test, also with every timer faked from the
# start (fakeTimers.enableGlobally fakes queueMicrotask before fake-wx loads).
cat > misuse/unanswered.test.js <<'JS'
const { useFakeWx } = require('fake-wx/jest')
const fx = useFakeWx()
test('an unanswered permission dialog, callback style', async () => {
  fx.wx.getLocation({ success() {}, fail() {} })
  await fx.rt.settle()
})
JS
../node_modules/.bin/jest --ci
node ../node_modules/jest29/bin/jest.js --ci
../node_modules/.bin/jest --ci --fakeTimers.enableGlobally=true
if ../node_modules/.bin/jest --ci --rootDir misuse --testPathIgnorePatterns=/node_modules/ --fakeTimers.enableGlobally=true > misuse.log 2>&1; then
  cat misuse.log; echo "package check: an unanswered prompt passed under jest's global fake timers"; exit 1
fi
grep -q 'UnansweredPromptError' misuse.log || { cat misuse.log; exit 1; }
echo "jest (CommonJS, jest 30 and 29, fake timers): ok"
cd ..

# --- TypeScript through ts-jest: NodeNext in a CommonJS project; @jest/globals' expect and @types/jest's ---
mkdir -p ts-jest/test && app ts-jest && cd ts-jest
printf '{ "name": "ts-jest-project", "private": true, "type": "commonjs" }\n' > package.json
echo "module.exports = { preset: 'ts-jest', testEnvironment: 'node', setupFilesAfterEnv: ['fake-wx/jest'] }" > jest.config.js
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true,
  "lib": ["ES2023", "DOM"], "types": ["node", "jest"], "skipLibCheck": true, "isolatedModules": true, "esModuleInterop": true },
  "include": ["test", "types"] }
JSON
cat > test/app.test.ts <<'TS'
import { join } from 'node:path'
import { describe, expect, jest, test } from '@jest/globals'
import { createRuntime, type Runtime } from 'fake-wx'
import { useFakeWx } from 'fake-wx/jest'

test('createRuntime, typed as the official WechatMiniprogram.Wx', async () => {
  const rt: Runtime = createRuntime({ scenario: ['denied-once', 'os-denied'], scopes: ['scope.userLocation'] as const })
  const wx: Pick<WechatMiniprogram.Wx, 'getLocation' | 'openSetting'> = rt.wx
  const err = await new Promise<WechatMiniprogram.GeneralCallbackResult>((fail) => wx.getLocation({ type: 'gcj02', fail }))
  expect(err.errMsg).toBe('getLocation:fail auth deny')
  expect(rt.wx.getLocation).toHaveBeenCalledTimes(1)
  expect(rt).toHaveScope('scope.userLocation', 'denied')
  expect(rt).toHaveFailedWith('getLocation', 'auth deny')
})

describe('the page host', () => {
  const fx = useFakeWx({ app: { root: join(__dirname, '..', 'app') }, user: { authorize: 'allow' } })
  test('a page on jest fake timers', async () => {
    jest.useFakeTimers()
    const page = await fx.rt.open('pages/index/index')
    jest.advanceTimersByTime(1000)
    await fx.rt.settle()
    jest.useRealTimers()
    expect(page.data.status).toBe('located')
    expect(fx.wx).toHavePrompted('scope.userLocation')
  })
})
TS
cat > test/globals.test.ts <<'TS'
// The global expect, typed by @types/jest.
import { createRuntime } from 'fake-wx'
import 'fake-wx/jest'

test('the matchers on the global expect', async () => {
  const rt = createRuntime({ user: { authorize: 'deny' } })
  await rt.wx.authorize({ scope: 'scope.camera' }).catch(() => undefined)
  expect(rt).toHavePrompted('scope.camera')
  expect(rt).toHaveCalledWx('authorize', { scope: 'scope.camera' })
  expect(rt.wx.authorize).toHaveBeenCalledWith({ scope: 'scope.camera' })
})
TS
# fake-wx/msw's types in this CommonJS project (msw 2 itself does not load under jest's CommonJS: its
# dependency rettime is ESM-only, so msw is only type-checked here; vitest and node:test run it).
mkdir types && cat > types/msw.ts <<'TS'
import { setupServer } from 'msw/node'
import { wechatServerHandlers, type WeChatServerOptions } from 'fake-wx/msw'
const options: WeChatServerOptions = { secret: 'app-secret' }
export const server = setupServer(...wechatServerHandlers(options))
TS
../node_modules/.bin/tsc --noEmit -p .
../node_modules/.bin/jest --ci
echo "ts-jest (NodeNext, CommonJS) and the types of fake-wx, /jest, /msw: ok"
cd ..

# --- an ES module project with the fake-wx/vitest fixture ---
mkdir -p vitest/test && app vitest && cd vitest
printf '{ "name": "vitest-project", "private": true, "type": "module" }\n' > package.json
cat > test/app.test.ts <<'TS'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, test, vi } from 'fake-wx/vitest'
import { createRuntime } from 'fake-wx'

test('createRuntime and the spies', async () => {
  const rt = createRuntime({ scenario: 'denied-once' })
  await expect(rt.wx.getLocation({ type: 'wgs84' })).rejects.toMatchObject({ errMsg: 'getLocation:fail auth deny' })
  expect(rt.wx.getLocation).toHaveBeenCalledWith({ type: 'wgs84' })
  expect(rt).toHaveFailedWith('getLocation', 'auth deny')
})

describe('the fixture and the page host', () => {
  test.override({ fakeWxOptions: { app: { root: fileURLToPath(new URL('../app', import.meta.url)) } } })
  beforeEach(({ rt }) => rt.user.answer({ authorize: 'allow' }))

  test('a page on vitest fake timers', async ({ rt, wx }) => {
    vi.useFakeTimers()
    const page = await rt.open('pages/index/index')
    vi.advanceTimersByTime(1000)
    await rt.settle()
    vi.useRealTimers()
    expect(page.data.status).toBe('located')
    expect(rt).toHavePrompted('scope.userLocation')
    expect(wx.getLocation).toHaveBeenCalledOnce()
  })

  test('an ES module page', async ({ rt }) => {
    const page = await rt.open('pages/esm/index')
    await rt.settle()
    expect(page.data).toMatchObject({ kind: 'esm', status: 'located' })
    expect(rt).toHaveScope('scope.userLocation', 'granted')
  })
})
TS
../node_modules/.bin/vitest run --reporter=dot
# The published types under NodeNext in an ES module project.
../node_modules/.bin/tsc --noEmit --strict --module nodenext --moduleResolution nodenext --skipLibCheck --types node test/app.test.ts
echo "vitest (ESM) and its types: ok"
cd ..

# --- node --test with fake-wx/node-test, an ES module and a CommonJS test file ---
mkdir -p node-test/test && app node-test && cd node-test
printf '{ "name": "node-test-project", "private": true, "type": "module" }\n' > package.json
cat > test/app.test.mjs <<'JS'
import assert from 'node:assert/strict'
import { describe, mock, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { assertWx, fakeWx, useFakeWx } from 'fake-wx/node-test'

test('a runtime for this test (t.after ends it), node:assert assertions', async (t) => {
  const rt = fakeWx(t, { scenario: 'denied-once' })
  assert.equal(globalThis.wx, rt.wx)
  await assert.rejects(rt.wx.getLocation({ type: 'gcj02' }), { errMsg: 'getLocation:fail auth deny' })
  assert.deepEqual(rt.wx.getLocation.mock.calls, [[{ type: 'gcj02' }]])
  assertWx(rt).toHaveScope('scope.userLocation', 'denied')
  assertWx(rt).not.toHavePrompted('scope.userLocation')
  assert.throws(() => assertWx(rt).toHavePrompted('scope.userLocation'), { name: 'AssertionError', message: /Timeline:/ })
})

describe('the page host', () => {
  const fx = useFakeWx({ app: { root: fileURLToPath(new URL('../app', import.meta.url)) }, user: { authorize: 'allow' } })
  test("a page on node:test's mock timers", async () => {
    mock.timers.enable({ apis: ['setTimeout'] })
    const page = await fx.rt.open('pages/index/index')
    mock.timers.tick(1000)
    await fx.rt.settle()
    mock.timers.reset()
    assert.equal(page.data.status, 'located')
    assertWx(fx.rt).toHavePrompted('scope.userLocation')
  })
  test('an ES module page', async () => {
    const page = await fx.rt.open('pages/esm/index')
    await fx.rt.settle()
    assert.equal(page.data.status, 'located')
  })
})

test('nothing leaks', () => assert.equal('wx' in globalThis, false))
JS
cat > test/cjs.test.cjs <<'JS'
const assert = require('node:assert/strict')
const { test } = require('node:test')
const { createRuntime } = require('fake-wx')
const { assertWx } = require('fake-wx/node-test')

test('require(fake-wx) in a CommonJS file', async () => {
  const rt = createRuntime({ user: { authorize: 'allow' } })
  assert.deepEqual(await rt.wx.authorize({ scope: 'scope.record' }), { errMsg: 'authorize:ok' })
  assertWx(rt.wx).toHaveCalledWxTimes('authorize', 1)
})
JS
node --test test/
echo "node:test (ESM and CommonJS): ok"
echo "package check: passed in ${SECONDS}s"
