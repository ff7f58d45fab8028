/**
 * Baselines for `npm run bench`: the "five-call recovery flow" run against
 *  - a floor: bare tinyspy stubs that settle at once, and
 *  - the nearest peer: miniprogram-simulate's `wx` mock.
 *
 * Peer notes (miniprogram-simulate 1.6.2):
 *  - Its `wx` is the plain object exported by `miniprogram-simulate/src/api`.
 *    Requiring the package root (`require('miniprogram-simulate')`) just installs
 *    that same object as `globalThis.wx` (merged via `Object.assign(api, global.wx)`
 *    if a `wx` already exists) and also sets `globalThis.Component`/`Behavior`
 *    and registers built-in j-component tags. We load `src/api` directly instead:
 *    same object, no globals, no DOM needed (plain `node` environment works).
 *  - All five APIs are built with `mockAsyncAndPromise`: with no
 *    success/fail/complete they return a Promise, so no callback wrapper is needed.
 *    Each call settles in a `setTimeout(..., 0)` (clamped to ≥1 ms in Node),
 *    so the peer's flow time is dominated by five timer ticks, not CPU.
 *  - Every call resolves `<name>:ok` (authorize never refuses, showModal always
 *    `confirm: true`), so the peer walks all five calls, like the floor.
 *  - It is a module-level singleton with no per-instance state; there is no
 *    factory, so `createPeerWx()` returns the shared object.
 */
import { createRequire } from 'node:module'
import { spy, type Spy } from 'tinyspy'

type Cb<R> = (res: R) => void
interface ModalResult {
  confirm: boolean
}
interface ModalOption {
  title: string
  content: string
  success?: Cb<ModalResult>
  fail?: Cb<unknown>
}
interface SettingOption {
  success?: Cb<unknown>
  fail?: Cb<unknown>
}

/** The structural slice of `wx` the recovery flow needs. */
export interface RecoveryWx {
  getSetting(): Promise<unknown>
  authorize(option: { scope: string }): Promise<unknown>
  showModal(option: ModalOption): unknown
  openSetting(option: SettingOption): unknown
  getLocation(option: { type: string }): Promise<unknown>
}

/**
 * What a mini program does after a refusal: five wx calls. openSetting is called from the modal's
 * success callback — the modal's confirm is a tap, so this is the form that works on phones
 * (an `await` before openSetting loses the tap gesture).
 */
export async function recoveryFlow(wx: RecoveryWx): Promise<void> {
  await wx.getSetting()
  try {
    await wx.authorize({ scope: 'scope.userLocation' })
  } catch {
    // refused: fall through to the modal
  }
  await new Promise<void>((resolve) => {
    wx.showModal({
      title: 't',
      content: 'c',
      success: (modal) => {
        if (modal.confirm) wx.openSetting({ success: () => resolve(), fail: () => resolve() })
        else resolve()
      },
      fail: () => resolve(),
    })
  })
  await wx.getLocation({ type: 'gcj02' })
}

/** Floor wx: each method is a tinyspy spy that settles at once. */
export interface FloorWx extends RecoveryWx {
  getSetting: Spy<[], Promise<unknown>>
  authorize: Spy<[option: { scope: string }], Promise<unknown>>
  showModal: Spy<[option: ModalOption], void>
  openSetting: Spy<[option: SettingOption], void>
  getLocation: Spy<[option: { type: string }], Promise<unknown>>
}

const authSetting = { 'scope.userLocation': false }
const settled = Promise.resolve()

export function createFloorWx(): FloorWx {
  return {
    getSetting: spy(() => Promise.resolve({ authSetting, errMsg: 'getSetting:ok' })),
    authorize: spy((_option: { scope: string }) =>
      Promise.reject({ errMsg: 'authorize:fail auth deny', errno: 103 }),
    ),
    showModal: spy((option: ModalOption) => {
      void settled.then(() => option.success?.({ confirm: true }))
    }),
    openSetting: spy((option: SettingOption) => {
      void settled.then(() => option.success?.({ authSetting: { 'scope.userLocation': true }, errMsg: 'openSetting:ok' }))
    }),
    getLocation: spy((_option: { type: string }) =>
      Promise.resolve({
        latitude: 23.12908,
        longitude: 113.26436,
        speed: -1,
        accuracy: 65,
        errMsg: 'getLocation:ok',
      }),
    ),
  }
}

/** Clear the spies' call records (they grow by one entry per call otherwise). */
export function resetFloorWx(wx: FloorWx): void {
  wx.getSetting.reset()
  wx.authorize.reset()
  wx.showModal.reset()
  wx.openSetting.reset()
  wx.getLocation.reset()
}

const require = createRequire(import.meta.url)

/**
 * Peer wx: miniprogram-simulate's mock, used as-is (it already has the Promise
 * form and callbacks for all five APIs, so no adapter and no wrapping cost). Shared singleton.
 */
export function createPeerWx(): RecoveryWx {
  return require('miniprogram-simulate/src/api') as RecoveryWx
}
