/**
 * Walks THE scope table (SCOPE_TABLE, the data) and uses every guarded API and component the way app code
 * does, under each state of its scope (seed flowchart; research.md §1.2, [AUTH] H):
 *   - first use, user allows   → success, scope `granted`, one permission dialog;
 *   - first use, user denies   → the guard's own denial path, scope `denied`;
 *   - `denied-once`            → the denial at once, no dialog;
 *   - `revoked-in-settings`    → the same;
 *   - `granted`                → success, no dialog.
 * Settings-only scopes (no dialog, research.md §4.1) and withdrawn scopes (no dialog, success, getSetting true)
 * get their own rows. Each guard is driven through GUARD_DRIVERS below: a guard of the table with no driver,
 * or whose API the runtime does not have, fails here.
 */
import { describe, expect, test } from 'vitest'
import {
  createRuntime,
  SCOPE_TABLE,
  SCOPES,
  type PresetName,
  type Runtime,
  type RuntimeOptions,
  type Scope,
  type ScopeRow,
  type UserAnswers,
} from '../../src/index.ts'

/** What the app saw when it used the guard once. */
type Observed = { readonly ok: true } | { readonly ok: false; readonly denial: unknown }

interface GuardDriver {
  /** createRuntime options the guard needs (app.json, legacy rules …), merged under the test's own. */
  readonly options?: RuntimeOptions
  /** Answers to the guard's own prompts (sheets, pickers), besides the permission dialog. */
  readonly answers?: UserAnswers
  /** Other scopes the guard needs, granted beforehand so that only the scope under test decides. */
  readonly alsoNeeds?: readonly Scope[]
  /** Uses the guard once, as app code does, and reports what the app saw. */
  use(rt: Runtime): Promise<Observed>
  /** What the app must see when `scope` is refused (matched with toMatchObject, or toBe for a primitive). */
  denial(scope: Scope): unknown
}

type AnyFn = (...args: unknown[]) => unknown

/** rt.wx[api], or a failure that says the guard is not implemented. */
function wxApi(rt: Runtime, api: string): AnyFn {
  const fn = (rt.wx as unknown as Record<string, unknown>)[api]
  if (typeof fn !== 'function') throw new Error(`wx.${api} is not implemented: the scope table guards it (SCOPE_TABLE).`)
  return fn as AnyFn
}

/** Calls `wx[api]` with callbacks (works for APIs without a Promise form too). */
function callWx(rt: Runtime, api: string, options: object = {}): Promise<Observed> {
  const fn = wxApi(rt, api)
  return new Promise((resolve) => {
    fn({ ...options, success: () => resolve({ ok: true }), fail: (res: unknown) => resolve({ ok: false, denial: res }) })
  })
}

/** Puts a local file on the phone (rt.files) and returns its path. */
function stageFile(rt: Runtime, path: string): string {
  rt.files.write(path, 'file bytes')
  return path
}

/** The usual refusal: `<api>:fail auth deny`, errno 103 (research.md §2.1). */
const authDeny = (api: string) => () => ({ errMsg: `${api}:fail auth deny`, errno: 103 })

/** A guard that is an async wx API refusing through `fail`. */
function failApi(api: string, options: object = {}, extra: Omit<GuardDriver, 'use' | 'denial'> = {}): GuardDriver {
  return { ...extra, use: (rt) => callWx(rt, api, options), denial: authDeny(api) }
}

/**
 * The driver table: guard (as the scope table names it) → how to use it and what its refusal looks like.
 * The single place that knows how each guard is exercised.
 */
const GUARD_DRIVERS: Readonly<Record<string, GuardDriver>> = {
  // ── location ──────────────────────────────────────────────────────────────────────────────────────
  'wx.getLocation': failApi('getLocation'),
  'wx.startLocationUpdate': failApi('startLocationUpdate'),
  'wx.getFuzzyLocation': failApi('getFuzzyLocation'),
  'MapContext.moveToLocation': {
    use: async (rt) => {
      await rt.mountComponent('map', { id: 'm', latitude: 39.9, longitude: 116.4 }).ready
      const map = wxApi(rt, 'createMapContext')('m') as WechatMiniprogram.MapContext
      return new Promise((resolve) => map.moveToLocation({ success: () => resolve({ ok: true }), fail: (res) => resolve({ ok: false, denial: res }) }))
    },
    denial: authDeny('moveToMapLocation'),
  },
  'wx.startLocationUpdateBackground': failApi('startLocationUpdateBackground', {}, {
    options: { appJson: { requiredBackgroundModes: ['location'], requiredPrivateInfos: ['startLocationUpdateBackground'] } },
  }),
  // legacy guard: only with the pre-2022-06-13 rule switched on
  'wx.chooseLocation': failApi('chooseLocation', {}, {
    options: { legacy: { chooseLocationScope: true } },
    answers: { chooseLocation: { name: '腾讯大厦', address: '深南大道10000号', latitude: 22.5405, longitude: 113.9345 } },
  }),

  // ── album, contact, calendar, WeRun ───────────────────────────────────────────────────────────────
  'wx.saveImageToPhotosAlbum': {
    use: (rt) => callWx(rt, 'saveImageToPhotosAlbum', { filePath: stageFile(rt, 'wxfile://tmp_poster.jpg') }),
    denial: authDeny('saveImageToPhotosAlbum'),
  },
  'wx.saveVideoToPhotosAlbum': {
    use: (rt) => callWx(rt, 'saveVideoToPhotosAlbum', { filePath: stageFile(rt, 'wxfile://tmp_clip.mp4') }),
    denial: authDeny('saveVideoToPhotosAlbum'),
  },
  'wx.addPhoneContact': failApi('addPhoneContact', { firstName: '三', lastName: '张' }, { answers: { addPhoneContact: 'add' } }),
  'wx.addPhoneCalendar': failApi('addPhoneCalendar', { title: '复诊', startTime: 1767312000 }, { answers: { addPhoneCalendar: 'add' } }),
  'wx.addPhoneRepeatCalendar': failApi('addPhoneRepeatCalendar', { title: '吃药', startTime: 1767312000, repeatInterval: 'day' }, {
    answers: { addPhoneCalendar: 'add' },
  }),
  'wx.getWeRunData': failApi('getWeRunData'),

  // ── withdrawn scopes (no dialog) ──────────────────────────────────────────────────────────────────
  'wx.chooseAddress': failApi('chooseAddress', {}, { answers: { chooseAddress: 0 } }),
  'wx.chooseInvoiceTitle': failApi('chooseInvoiceTitle', {}, { answers: { chooseInvoiceTitle: 0 } }),
  'wx.chooseInvoice': failApi('chooseInvoice', {}, { answers: { chooseInvoice: 0 } }),
  'wx.getUserInfo': failApi('getUserInfo'),

  ...mediaDrivers(),
}

/**
 * Record, camera, live-pusher, VKSession and bluetooth (the media half of issue 3), kept apart here. Their
 * refusal channels (research.md §2.1, §3.2, §3.3, §4.4): RecorderManager through onError
 * `operateRecorder:fail auth deny`; <camera> through binderror `insertCamera:fail auth deny`; <live-pusher>
 * through binderror errCode 10001 (camera) / 10002 (record); VKSession.start through status 2003002; the rest
 * through `fail` `<api>:fail auth deny`. Where an API's success needs more than a call (a recording that ends,
 * a mounted component, an open adapter), the driver does it.
 */
function mediaDrivers(): Record<string, GuardDriver> {
  return {
    'wx.startRecord': {
      async use(rt) {
        const done = callWx(rt, 'startRecord')
        // a refusal arrives at once; success only when the recording ends: stop it.
        const refused = await Promise.race([done, rt.settle().then(() => undefined)])
        if (refused) return refused
        wxApi(rt, 'stopRecord')({})
        return done
      },
      denial: authDeny('startRecord'),
    },
    'RecorderManager.start': {
      use: (rt) =>
        new Promise((resolve) => {
          const rm = wxApi(rt, 'getRecorderManager')() as WechatMiniprogram.RecorderManager
          rm.onStart(() => resolve({ ok: true }))
          rm.onError((res) => resolve({ ok: false, denial: res }))
          rm.start({})
        }),
      denial: () => ({ errMsg: 'operateRecorder:fail auth deny' }),
    },
    'wx.joinVoIPChat': failApi('joinVoIPChat', { groupId: 'room-1', nonceStr: 'nonce', signature: 'signature', timeStamp: 1767225600 }),
    'wx.openBluetoothAdapter': failApi('openBluetoothAdapter'),
    'wx.createBLEPeripheralServer': {
      // the peripheral server needs the adapter open (else errCode 10000 not init); opening asks the same scope
      async use(rt) {
        await callWx(rt, 'openBluetoothAdapter', { mode: 'peripheral' })
        return callWx(rt, 'createBLEPeripheralServer')
      },
      denial: authDeny('createBLEPeripheralServer'),
    },
    'wx.createVKSession': {
      use: (rt) =>
        new Promise((resolve) => {
          const session = wxApi(rt, 'createVKSession')({ track: { plane: { mode: 1 } } }) as WechatMiniprogram.VKSession
          session.start((status: number) => resolve(status === 0 ? { ok: true } : { ok: false, denial: status }))
        }),
      denial: () => 2003002,
    },
    '<camera>': {
      use: (rt) =>
        new Promise((resolve) => {
          mountComponent(rt, 'camera', {
            bindinitdone: () => resolve({ ok: true }),
            binderror: (e: { detail: unknown }) => resolve({ ok: false, denial: e.detail }),
          })
        }),
      denial: () => ({ errMsg: 'insertCamera:fail auth deny' }),
    },
    '<live-pusher>': {
      alsoNeeds: ['scope.camera', 'scope.record'],
      use: (rt) =>
        new Promise((resolve) => {
          mountComponent(rt, 'live-pusher', {
            url: 'rtmp://push.example.com/live/test',
            autopush: true,
            // any state change (1003 打开摄像头成功, 1001 已经连接推流服务器 …) means it came up
            bindstatechange: () => resolve({ ok: true }),
            binderror: (e: { detail: unknown }) => resolve({ ok: false, denial: e.detail }),
          })
        }),
      denial: (scope) => ({ errCode: scope === 'scope.camera' ? 10001 : 10002 }),
    },
  }
}

/** Mounts a headless component with its attributes and handlers, as WXML would (`rt.mountComponent`). */
function mountComponent(rt: Runtime, tag: 'camera' | 'live-pusher', attributes: Record<string, unknown>): unknown {
  return rt.mountComponent(tag, attributes as never)
}

// ── the walk ────────────────────────────────────────────────────────────────────────────────────────

const authorizePrompts = (rt: Runtime, scope?: Scope) =>
  rt.prompts.filter((p) => p.kind === 'authorize' && (scope === undefined || p.scope === scope))

function driverFor(guard: string): GuardDriver {
  const driver = GUARD_DRIVERS[guard]
  if (!driver) throw new Error(`The scope table guards ${guard}, but GUARD_DRIVERS has no driver for it (or it is not implemented).`)
  return driver
}

/** A runtime whose user answers the permission dialog with `answer` (recorded in rt.prompts either way). */
function runtimeFor(driver: GuardDriver, scope: Scope, scenario: PresetName, answer: 'allow' | 'deny'): Runtime {
  const rt = createRuntime({
    ...driver.options,
    scenario,
    scopes: [scope],
    user: { ...driver.answers, authorize: answer },
  })
  for (const other of driver.alsoNeeds ?? []) if (other !== scope) rt.auth.set(other, 'granted')
  return rt
}

function expectDenial(observed: Observed, expected: unknown): void {
  expect(observed.ok, 'the guard should have been refused').toBe(false)
  const denial = (observed as { denial: unknown }).denial
  if (typeof expected === 'object' && expected !== null) expect(denial).toMatchObject(expected)
  else expect(denial).toBe(expected)
}

/** Every guard of a row, legacy guards included (they are driven with their legacy option on). */
function guardsOf(row: ScopeRow): string[] {
  return [...row.guards, ...(row.legacyGuards ?? [])]
}

describe('the scope table (SCOPE_TABLE) is covered: every guard has a driver', () => {
  test.each(SCOPES.flatMap((scope) => guardsOf(SCOPE_TABLE[scope]).map((guard) => [scope, guard] as const)))(
    '%s guards %s: a driver exists',
    (_scope, guard) => {
      expect(GUARD_DRIVERS[guard], `no driver for ${guard}`).toBeDefined()
    },
  )
})

for (const scope of SCOPES) {
  const row: ScopeRow = SCOPE_TABLE[scope]
  describe(`${scope} (${row.ask})`, () => {
    for (const guard of guardsOf(row)) {
      if (row.ask === 'dialog') {
        test(`${guard}: first use, the user allows → success, ${scope} granted, one dialog`, async () => {
          const driver = driverFor(guard)
          const rt = runtimeFor(driver, scope, 'first-time', 'allow')
          expect(await driver.use(rt)).toEqual({ ok: true })
          expect(rt.auth.get(scope)).toBe('granted')
          expect(authorizePrompts(rt, scope)).toHaveLength(1)
        })
        test(`${guard}: first use, the user denies → its denial path, ${scope} denied`, async () => {
          const driver = driverFor(guard)
          const rt = runtimeFor(driver, scope, 'first-time', 'deny')
          expectDenial(await driver.use(rt), driver.denial(scope))
          expect(rt.auth.get(scope)).toBe('denied')
          expect(authorizePrompts(rt, scope)).toHaveLength(1)
        })
        for (const preset of ['denied-once', 'revoked-in-settings'] as const) {
          test(`${guard}: ${preset} → the denial at once, no dialog`, async () => {
            const driver = driverFor(guard)
            const rt = runtimeFor(driver, scope, preset, 'allow')
            expectDenial(await driver.use(rt), driver.denial(scope))
            expect(rt.auth.get(scope)).toBe('denied')
            expect(authorizePrompts(rt)).toHaveLength(0)
          })
        }
        test(`${guard}: granted → success, no dialog`, async () => {
          const driver = driverFor(guard)
          const rt = runtimeFor(driver, scope, 'granted', 'deny')
          expect(await driver.use(rt)).toEqual({ ok: true })
          expect(authorizePrompts(rt)).toHaveLength(0)
        })
      } else if (row.ask === 'settings-only') {
        test(`${guard}: first use → no dialog, its denial path, ${scope} listed as off`, async () => {
          const driver = driverFor(guard)
          const rt = runtimeFor(driver, scope, 'first-time', 'allow')
          expectDenial(await driver.use(rt), driver.denial(scope))
          expect(authorizePrompts(rt)).toHaveLength(0)
          expect(rt.auth.get(scope)).toBe('denied')
        })
        for (const preset of ['denied-once', 'revoked-in-settings'] as const) {
          test(`${guard}: ${preset} → the denial at once, no dialog`, async () => {
            const driver = driverFor(guard)
            const rt = runtimeFor(driver, scope, preset, 'allow')
            expectDenial(await driver.use(rt), driver.denial(scope))
            expect(authorizePrompts(rt)).toHaveLength(0)
          })
        }
        test(`${guard}: granted in the settings page → success, no dialog`, async () => {
          const driver = driverFor(guard)
          const rt = runtimeFor(driver, scope, 'granted', 'deny')
          expect(await driver.use(rt)).toEqual({ ok: true })
          expect(authorizePrompts(rt)).toHaveLength(0)
        })
      } else {
        test(`${guard}: withdrawn → no dialog, success, getSetting reports ${scope} true`, async () => {
          const driver = driverFor(guard)
          const rt = runtimeFor(driver, scope, 'first-time', 'deny')
          expect(await driver.use(rt)).toEqual({ ok: true })
          expect(authorizePrompts(rt)).toHaveLength(0)
          const { authSetting } = await rt.wx.getSetting({})
          expect((authSetting as Record<string, boolean>)[scope]).toBe(true)
        })
      }
    }
  })
}
