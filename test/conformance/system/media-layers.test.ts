import { describe, expect, test } from 'vitest'
import { createRuntime, VK_STATUS, type Runtime } from '../../../src/index.ts'
import { flush } from '../scope-flow.ts'

// The privacy and OS layers for the capabilities whose refusal is not a `fail` (facade/request-layers.ts):
// the same order as the gates — privacy, scope, OS (research.md §3, §5, §6.3).

type Resolve = (arg: { event: string }) => void
const disagreeAlways = (rt: Runtime) =>
  rt.wx.onNeedPrivacyAuthorization(((resolve: Resolve) => resolve({ event: 'disagree' })) as never)

async function vkStatuses(rt: Runtime): Promise<number[]> {
  const statuses: number[] = []
  rt.wx.createVKSession({ track: { plane: { mode: 1 } } }).start((s) => statuses.push(s))
  await flush(rt)
  return statuses
}

describe('VKSession.start reports each layer with its own status (VKSessionStartCallback, research.md §3.2, H)', () => {
  test('"104: 用户取消授权" when the privacy agreement is refused', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    disagreeAlways(rt)
    expect(await vkStatuses(rt)).toEqual([VK_STATUS.privacyNotAuthorized])
  })

  test('"112: 接口未在隐私协议中声明" when the guide does not declare the camera', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-undeclared'] })
    expect(await vkStatuses(rt)).toEqual([112])
  })

  test('"2003001: 未开启系统相机权限" when WeChat lacks the OS camera permission, "2003002" for the scope', async () => {
    expect(await vkStatuses(createRuntime({ scenario: ['granted', 'os-denied'] }))).toEqual([2003001])
    expect(await vkStatuses(createRuntime({ scenario: ['denied-once', 'os-denied'] }))).toEqual([2003002])
  })
})

describe('RecorderManager.start: every layer reports through onError', () => {
  async function errors(rt: Runtime): Promise<unknown[]> {
    const seen: unknown[] = []
    const rm = rt.wx.getRecorderManager()
    rm.onError((e) => seen.push(e))
    rm.onStart(() => seen.push('start'))
    rm.start({ duration: 10_000 })
    await flush(rt)
    return seen
  }

  test('OS microphone denied on Android: "operateRecorder:fail:system permission denied" (decompiled JsApiOperateRecorder, research.md §2.2)', async () => {
    const rt = createRuntime({ platform: 'android', scenario: ['granted', 'os-denied'] })
    expect(await errors(rt)).toEqual([{ errMsg: 'operateRecorder:fail:system permission denied' }])
  })

  test('privacy refused: "operateRecorder:fail privacy permission is not authorized" (general rule, M)', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    disagreeAlways(rt)
    expect(await errors(rt)).toEqual([{ errMsg: 'operateRecorder:fail privacy permission is not authorized' }])
  })

  test('a per-API dialect reaches onError too', async () => {
    const rt = createRuntime({ scenario: 'denied-once', dialect: { authDenyByApi: { operateRecorder: ':auth denied' } } })
    expect(await errors(rt)).toEqual([{ errMsg: 'operateRecorder:fail:auth denied' }])
  })
})

describe('<camera> and <live-pusher>', () => {
  test('<camera> with the OS camera permission denied: binderror with the system text (L)', async () => {
    const rt = createRuntime({ scenario: ['granted', 'os-denied'] })
    const events: unknown[] = []
    await rt.mountComponent('camera', { binderror: (e) => events.push(e.detail), bindinitdone: () => events.push('initdone') }).ready
    expect(events).toEqual([{ errMsg: 'insertCamera:fail system permission denied' }])
  })

  test('<live-pusher> with the OS denying both: 用户禁止使用摄像头 and 用户禁止使用录音 (same codes as the scopes, L)', async () => {
    const rt = createRuntime({ scenario: ['granted', 'os-denied'] })
    const events: unknown[] = []
    await rt.mountComponent('live-pusher', { binderror: (e) => events.push(e.detail.errCode) }).ready
    expect(events).toEqual([10001, 10002])
  })
})

describe('async APIs of these capabilities go through the gates', () => {
  test('startRecord with the OS microphone denied (iOS): "startRecord:fail system permission denied" ([CODE], L)', async () => {
    const rt = createRuntime({ scenario: ['granted', 'os-denied'] })
    await expect(rt.wx.startRecord({})).rejects.toEqual({ errMsg: 'startRecord:fail system permission denied', errno: 3 })
  })

  test('openBluetoothAdapter with Bluetooth unauthorized on iOS: errCode 10001, state 3 (未授权)', async () => {
    const rt = createRuntime({ platform: 'ios', scenario: 'granted', os: { bluetooth: 'denied' } })
    await expect(rt.wx.openBluetoothAdapter()).rejects.toEqual({
      errMsg: 'openBluetoothAdapter:fail:not available',
      errno: 1500102,
      errCode: 10001,
      state: 3,
    })
  })

  test('rt.device.switches and rt.device.bluetooth are one Bluetooth switch', () => {
    const rt = createRuntime({ scenario: 'bluetooth-off' })
    expect(rt.device.bluetooth.enabled).toBe(false)
    rt.device.bluetooth.setEnabled(true)
    expect(rt.wx.getSystemSetting().bluetoothEnabled).toBe(true)
    rt.device.switches.set({ bluetooth: false })
    expect(rt.device.bluetooth.enabled).toBe(false)
  })
})
