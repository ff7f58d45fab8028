import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { describeScopeFlow, flush } from '../scope-flow.ts'

const settled = (p: Promise<unknown>) => p.then((r) => r, (e) => e)

describeScopeFlow('wx.openBluetoothAdapter', {
  scopes: ['scope.bluetooth'],
  use: (rt) => settled(rt.wx.openBluetoothAdapter()),
  works: (seen) => expect(seen).toEqual({ errMsg: 'openBluetoothAdapter:ok' }),
  // "err.errno === 103 || errMsg === 'openBluetoothAdapter:fail auth deny'" (app code, research.md §2.1).
  refused: (seen) => expect(seen).toEqual({ errMsg: 'openBluetoothAdapter:fail auth deny', errno: 103 }),
})

describe('wx.openBluetoothAdapter', () => {
  test('Bluetooth off: errCode 10001, the official errno example (1500102), iOS adds state 4 未开启', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    rt.device.bluetooth.setEnabled(false)
    await expect(rt.wx.openBluetoothAdapter()).rejects.toEqual({
      errMsg: 'openBluetoothAdapter:fail:not available',
      errno: 1500102,
      errCode: 10001,
      state: 4,
    })
    const android = createRuntime({ scenario: 'granted', platform: 'android' })
    android.device.bluetooth.setEnabled(false)
    await expect(android.wx.openBluetoothAdapter()).rejects.toEqual({ errMsg: 'openBluetoothAdapter:fail:not available', errno: 1500102, errCode: 10001 })
  })

  test('"此时小程序蓝牙模块已经初始化完成": after 10001 the state APIs work and the switch is reported', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    rt.device.bluetooth.setEnabled(false)
    const changes: unknown[] = []
    rt.wx.onBluetoothAdapterStateChange((c) => changes.push(c))
    await rt.wx.openBluetoothAdapter().catch(() => {})
    await expect(rt.wx.getBluetoothAdapterState()).resolves.toEqual({ errMsg: 'getBluetoothAdapterState:ok', available: false, discovering: false })
    rt.device.bluetooth.setEnabled(true)
    await flush(rt)
    expect(changes).toEqual([{ available: true, discovering: false }])
    await expect(rt.wx.getBluetoothAdapterState()).resolves.toMatchObject({ available: true })
  })

  test('opening twice: "openBluetoothAdapter:fail already opened"', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await rt.wx.openBluetoothAdapter()
    await expect(rt.wx.openBluetoothAdapter()).rejects.toEqual({ errMsg: 'openBluetoothAdapter:fail already opened' })
  })

  test('iOS opens central and peripheral mode separately ("需分别调用一次，并指定对应的 mode")', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await rt.wx.openBluetoothAdapter({ mode: 'central' })
    await expect(rt.wx.openBluetoothAdapter({ mode: 'peripheral' })).resolves.toEqual({ errMsg: 'openBluetoothAdapter:ok' })
    const android = createRuntime({ scenario: 'granted', platform: 'android' })
    await android.wx.openBluetoothAdapter({ mode: 'central' })
    await expect(android.wx.openBluetoothAdapter({ mode: 'peripheral' })).rejects.toMatchObject({ errMsg: 'openBluetoothAdapter:fail already opened' })
  })

  test('a mistyped mode is a parameter error', async () => {
    const rt = createRuntime()
    await expect(rt.wx.openBluetoothAdapter({ mode: 1 as never })).rejects.toMatchObject({
      errMsg: 'openBluetoothAdapter:fail parameter error: parameter.mode should be String instead of Number;',
    })
  })
})

describe('the Bluetooth adapter before and after wx.openBluetoothAdapter', () => {
  test.each(['getBluetoothAdapterState', 'closeBluetoothAdapter'] as const)('%s before open: errCode 10000 "not init"', async (api) => {
    const rt = createRuntime()
    const call = rt.wx[api] as () => Promise<unknown>
    await expect(call()).rejects.toEqual({ errMsg: `${api}:fail not init`, errno: 1500101, errCode: 10000 })
    expect(rt.prompts).toEqual([])
  })

  test('closeBluetoothAdapter closes the module: state APIs fail again and it can be reopened', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await rt.wx.openBluetoothAdapter()
    await expect(rt.wx.closeBluetoothAdapter()).resolves.toEqual({ errMsg: 'closeBluetoothAdapter:ok' })
    await expect(rt.wx.getBluetoothAdapterState()).rejects.toMatchObject({ errCode: 10000 })
    await expect(rt.wx.openBluetoothAdapter()).resolves.toEqual({ errMsg: 'openBluetoothAdapter:ok' })
  })

  test('onBluetoothAdapterStateChange is silent while the module is closed; offBluetoothAdapterStateChange() removes all', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const changes: unknown[] = []
    rt.wx.onBluetoothAdapterStateChange((c) => changes.push(c))
    rt.device.bluetooth.setEnabled(false)
    await flush(rt)
    expect(changes).toEqual([])
    await rt.wx.openBluetoothAdapter().catch(() => {})
    rt.device.bluetooth.setEnabled(true)
    await flush(rt)
    expect(changes).toEqual([{ available: true, discovering: false }])
    rt.wx.offBluetoothAdapterStateChange()
    rt.device.bluetooth.setEnabled(false)
    await flush(rt)
    expect(changes).toHaveLength(1)
  })

  test('the switch changes show in the timeline', async () => {
    const rt = createRuntime()
    rt.device.bluetooth.setEnabled(false)
    expect(rt.timeline()).toMatch(/device +bluetoothEnabled false/)
    expect(() => rt.device.bluetooth.setEnabled('off' as never)).toThrow(/setEnabled needs true or false/)
  })
})
