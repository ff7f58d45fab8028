// One mini program's session as app code writes it, used by the determinism and isolation tests: a first-time user
// asked for location (allowed or refused), the modal and the settings page from a tap, storage, a login, a picker,
// a toast on the clock. `variant` changes the user's answers so that runtimes side by side differ.
import { createRuntime, type Runtime } from '../../src/index.ts'

export interface FlowRecord {
  readonly trace: string
  readonly timeline: string
  readonly authSetting: string
  readonly storage: string
}

export function makeRuntime(variant: number): Runtime {
  return createRuntime({
    scenario: variant % 3 === 0 ? 'first-time' : variant % 3 === 1 ? 'denied-once' : 'granted',
    appJson: { requiredPrivateInfos: ['getLocation'] },
    user: { authorize: variant % 2 ? 'deny' : 'allow', modal: 'confirm', settings: { 'scope.userLocation': true }, privacy: 'agree', chooseMedia: 1 },
  })
}

/** The app code: plain wx calls with callbacks and Promises, as in a page. */
export async function flow(rt: Runtime, variant: number): Promise<void> {
  const wx = rt.wx
  wx.setStorageSync('visits', variant)
  const setting = await wx.getSetting()
  wx.setStorageSync('asked', 'scope.userLocation' in setting.authSetting)
  try {
    const at = await wx.getLocation({ type: 'gcj02' })
    wx.setStorageSync('at', `${at.latitude},${at.longitude}`)
  } catch {
    const { confirm } = await wx.showModal({ title: '需要位置', content: `第 ${variant} 次` })
    if (confirm) await rt.tap(() => wx.openSetting())
  }
  await new Promise<void>((done) => wx.getSystemInfo({ complete: () => done() }))
  wx.showToast({ title: 'ok', duration: 1500 })
  rt.clock.advance(2_000)
  await wx.chooseMedia({ count: 1, mediaType: ['image'] }).catch(() => undefined)
  await wx.getSetting({ withSubscriptions: true })
  await rt.settle()
}

export async function recordFlow(variant: number): Promise<FlowRecord> {
  const rt = makeRuntime(variant)
  await flow(rt, variant)
  return snapshot(rt)
}

export function snapshot(rt: Runtime): FlowRecord {
  return {
    trace: JSON.stringify(rt.trace),
    timeline: rt.timeline(),
    authSetting: JSON.stringify(rt.auth.authSetting()),
    storage: JSON.stringify(rt.storage.snapshot()),
  }
}
