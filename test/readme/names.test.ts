// Every name README.md puts in its tables and prose exists on the real objects, and every preset, layer
// preset, dialect and matcher the code has is in the README: drift either way fails here.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import {
  createRuntime,
  DIALECT_VARIANTS,
  LAYER_PRESET_NAMES,
  PRESET_NAMES,
  PROMPT_KIND_NAMES,
  type RuntimeOptions,
} from '../../src/index.ts'
import { fakeWxMatchers } from '../../src/vitest.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const README = readFileSync(`${ROOT}README.md`, 'utf8')
const section = (heading: string) => {
  const start = README.indexOf(heading)
  expect(start, heading).toBeGreaterThan(-1)
  const next = README.indexOf('\n## ', start + heading.length)
  return README.slice(start, next === -1 ? undefined : next)
}
const all = (re: RegExp, text = README) => [...new Set([...text.matchAll(re)].map((m) => m[1]!))]

/** Follows `a.b.c` from `root`: every step but the last must be an object, the last must be a key. */
function resolves(root: object, path: string): boolean {
  let at: unknown = root
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || !(key in at)) return false
    at = (at as Record<string, unknown>)[key]
  }
  return true
}

describe('README names exist', () => {
  test('every rt.* path', async () => {
    const rt = createRuntime({ app: { root: `${ROOT}examples/app` } })
    const paths = all(/\brt\.([A-Za-z.]*[A-Za-z])/g).filter((p) => p !== 'prompts.map')
    expect(paths.length).toBeGreaterThan(30)
    expect(paths.filter((p) => !resolves(rt, p))).toEqual([])
  })

  test('every page.* member', async () => {
    const rt = createRuntime({ app: { root: `${ROOT}examples/app` } })
    rt.install()
    try {
      const page = await rt.open('pages/index/index')
      const members = all(/\bpage\.([A-Za-z]+)/g)
      expect(members).toEqual(expect.arrayContaining(['data', 'instance', 'tap', 'trigger', 'tapButton']))
      expect(members.filter((m) => !(m in page))).toEqual([])
    } finally {
      rt.uninstall()
    }
  })

  test('every wx.* API, on the default (current) base library', () => {
    const { wx } = createRuntime()
    const members = wx as unknown as Record<string, unknown>
    const apis = all(/\bwx\.([A-Za-z]+)/g)
    expect(apis.length).toBeGreaterThan(30)
    // Methods are functions; wx's properties (env, cloud) are objects.
    expect(apis.filter((api) => typeof members[api] !== 'function' && !(typeof members[api] === 'object' && members[api] !== null))).toEqual([])
    // Paths into them (wx.env.USER_DATA_PATH, wx.cloud.callFunction) resolve too.
    expect(all(/\bwx\.([A-Za-z]+\.[\w.]*\w)/g).filter((p) => !resolves(wx, p))).toEqual([])
  })

  test('every matcher, both ways', () => {
    expect(all(/\b(toHave(?:Prompted|Scope|CalledWx|CalledWxTimes|FailedWith))\(/g).sort()).toEqual(Object.keys(fakeWxMatchers).sort())
  })

  test('every file and folder the README points at', () => {
    const files = all(/`((?:src|test|docs|examples|scripts)\/[\w./<>-]*)`/g).filter((f) => !f.includes('<'))
    const links = all(/\]\(((?:docs|src|test|examples)\/[^)]+)\)/g)
    expect([...files, ...links].filter((f) => !existsSync(`${ROOT}${f}`))).toEqual([])
  })
})

describe('README lists what the code has', () => {
  test('user-history presets: the intro, the runtime table and the layers table list exactly PRESET_NAMES', () => {
    const intro = README.slice(0, README.indexOf('## Quickstart'))
    expect(all(/`([a-z-]+)`/g, intro).filter((n) => n !== 'wx')).toEqual(PRESET_NAMES)
    const row = section('## The runtime').split('\n').find((l) => l.startsWith('| a user\'s history'))!
    expect(all(/'([a-z-]+)'/g, row.slice(0, row.indexOf('scopes?')))).toEqual(PRESET_NAMES)
  })

  test('layer presets: the preset column of the layers table is exactly LAYER_PRESET_NAMES', () => {
    const rows = section('## The layers around the scope store').split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| layer'))
    const named = rows.flatMap((r) => all(/`([a-z0-9-]+)`/g, r.split('|').at(-2)!))
    expect(named.filter((n) => !(PRESET_NAMES as string[]).includes(n)).sort()).toEqual([...LAYER_PRESET_NAMES].sort())
  })

  test('dialects: the README names every variant but the default', () => {
    const sentence = README.slice(README.indexOf('Denial wordings are named dialects'), README.indexOf('or field by field'))
    expect(all(/'([a-z0-9-]+)'/g, sentence).sort()).toEqual(Object.keys(DIALECT_VARIANTS).filter((d) => d !== 'auth-deny').sort())
  })

  test('prompt kinds the README names are real kinds', () => {
    const named = all(/`([A-Za-z]+)` prompt/g).concat(all(/\(the user answers `([A-Za-z]+)`\)/g), ['authorize', 'modal', 'settings'])
    expect(named.length).toBeGreaterThan(6)
    expect(named.filter((k) => !(PROMPT_KIND_NAMES as string[]).includes(k))).toEqual([])
  })
})

// Compile-time: every createRuntime option and standing answer the README names. A renamed or removed
// option is an excess-property error here (npm test runs tsc).
export const README_OPTIONS: RuntimeOptions[] = [
  { scenario: 'first-time', scopes: ['scope.camera'] },
  { scenario: { auth: { 'scope.camera': 'denied' } } },
  { scenario: ['granted', 'os-denied'] },
  {
    user: {
      authorize: 'allow',
      modal: 'confirm',
      settings: { 'scope.userLocation': true },
      chooseLocation: 'cancel',
      privacy: 'disagree',
      osPermission: 'allow',
      systemBluetoothSetting: 'on',
      appAuthorizeSetting: { location: 'authorized' },
      addPhoneContact: 'addToExisting',
      addPhoneCalendar: 'cancel',
      chooseAddress: 0,
      enableWeRun: 'cancel',
      getUserProfile: 'deny',
    },
  },
  { user: { authorize: { 'scope.camera': 'deny' } } },
  { user: { authorize: (prompt) => (prompt.scope === 'scope.camera' ? 'deny' : 'allow') } },
  { onUnansweredPrompt: 'wait' },
  { platform: 'devtools', SDKVersion: '2.10.1', envVersion: 'develop', position: { latitude: 22.5, longitude: 113.9 } },
  { app: { root: 'miniprogram' }, setDataErrors: 'console' },
  { privacy: { declared: [], agreed: false, contractName: '《隐私保护指引》' } },
  { appJson: { requiredPrivateInfos: ['getLocation'], requiredBackgroundModes: ['location'] }, releasePrivateInfosCheck: false },
  { os: { location: 'denied' }, switches: { location: false } },
  { dialect: 'android-legacy' },
  { dialect: { authDeny: 'auth denied' } },
  { legacy: { chooseLocationScope: true }, withdrawnScopes: 'always', tapGesture: 'ignore', callbackErrors: 'console' },
  { appid: 'wx1234567890abcdef', domains: { request: ['https://api.example.com'] }, storage: { locationAllowed: true } },
  { platform: 'devtools', urlCheck: false },                   // DevTools' "不校验合法域名" (a release build on a phone refuses it)
  { appType: 'minigame' },
  // The whole wx: everyday APIs
  { unsimulatedApis: 'error' },
  { unsimulatedApis: 'ok', system: { model: 'iPhone 15', screenWidth: 393 }, launch: { scene: 1001 }, networkType: 'none', update: { hasUpdate: true, outcome: 'ready' } },
  { cloud: { functions: { login: (_event, context) => ({ openid: context.OPENID }) } }, subscribeMessage: { templates: { 'tmpl-1': { title: '订单发货提醒' } } }, bluetooth: { peripherals: [] } },
  { app: { root: 'miniprogram', modules: { 'utils/api.js': { fetchUser: async () => ({ id: 1 }) } } } },
  { user: { actionSheet: 1, makePhoneCall: 'cancel', chooseMedia: [{ type: 'image', width: 1080, height: 1920 }], scanCode: 'text', requestSubscribeMessage: { 'tmpl-1': 'accept', keep: true } } },
]

test('the README options all construct a runtime (except the app folder, which must exist)', () => {
  for (const options of README_OPTIONS) {
    if (options.app) continue
    expect(() => createRuntime(options)).not.toThrow()
  }
})
