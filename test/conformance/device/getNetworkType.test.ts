import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { createRuntime, FakeWxError, type FakeWx } from '../../../src/index.ts'
import { useServer } from '../../support/msw.ts'

// wx.getNetworkType.html, wx.onNetworkStatusChange.html (typings, H); offline errMsgs: apis/network/offline.ts (M/L).

const API = 'https://api.example.com'
const server = useServer()

/** A utility as apps write it: skip the upload on a cellular network. */
async function canUploadNow(wx: FakeWx): Promise<boolean> {
  const { networkType } = await wx.getNetworkType()
  return networkType === 'wifi'
}

describe('wx.getNetworkType', () => {
  test('reports Wi-Fi by default, with signalStrength and hasSystemProxy (2.22.1) and weakNet (3.5.3)', async () => {
    const res = await createRuntime().wx.getNetworkType()
    expect(res).toEqual({ errMsg: 'getNetworkType:ok', networkType: 'wifi', signalStrength: -50, hasSystemProxy: false, weakNet: false })
  })

  test('a utility reads it: no upload on 4G, upload on Wi-Fi', async () => {
    const rt = createRuntime({ networkType: '4g' })
    expect(await canUploadNow(rt.wx)).toBe(false)
    await rt.device.network.set('wifi')
    expect(await canUploadNow(rt.wx)).toBe(true)
  })

  test('an older base library has no hasSystemProxy / weakNet', async () => {
    const res = await createRuntime({ SDKVersion: '2.21.0' }).wx.getNetworkType()
    expect(res).not.toHaveProperty('hasSystemProxy')
    expect(res).not.toHaveProperty('weakNet')
    expect(res).toMatchObject({ networkType: 'wifi', signalStrength: -50 })
  })

  test('the callback form works as the Promise form does', async () => {
    const rt = createRuntime({ networkType: 'none' })
    const res = await new Promise<WechatMiniprogram.GetNetworkTypeSuccessCallbackResult>((resolve) => rt.wx.getNetworkType({ success: resolve }))
    expect(res.networkType).toBe('none')
  })

  test('an unknown network type is the test\'s mistake', () => {
    expect(() => createRuntime({ networkType: 'lte' as never })).toThrow(FakeWxError)
    expect(() => createRuntime().device.network.set('6g' as never)).toThrow(/'wifi', '2g'/)
  })
})

describe('wx.onNetworkStatusChange', () => {
  test('listeners hear { isConnected, networkType } when the phone goes offline and back', async () => {
    const rt = createRuntime()
    const heard = vi.fn()
    rt.wx.onNetworkStatusChange(heard)
    await rt.device.network.set('none')
    await rt.device.network.set('4g')
    expect(heard.mock.calls).toEqual([[{ isConnected: false, networkType: 'none' }], [{ isConnected: true, networkType: '4g' }]])
  })

  test('the event is asynchronous: the listener has not run when set() returns', async () => {
    const rt = createRuntime()
    const heard = vi.fn()
    rt.wx.onNetworkStatusChange(heard)
    const done = rt.device.network.set('none')
    expect(heard).not.toHaveBeenCalled()
    await done
    expect(heard).toHaveBeenCalledOnce()
  })

  test('no event when the type stays the same', async () => {
    const rt = createRuntime()
    const heard = vi.fn()
    rt.wx.onNetworkStatusChange(heard)
    await rt.device.network.set('wifi', { signalStrength: -70 })
    expect(heard).not.toHaveBeenCalled()
    expect((await rt.wx.getNetworkType()).signalStrength).toBe(-70)
  })

  test('offNetworkStatusChange(listener) removes one; without a listener, all', async () => {
    const rt = createRuntime()
    const a = vi.fn()
    const b = vi.fn()
    rt.wx.onNetworkStatusChange(a)
    rt.wx.onNetworkStatusChange(b)
    rt.wx.offNetworkStatusChange(a)
    await rt.device.network.set('3g')
    rt.wx.offNetworkStatusChange()
    await rt.device.network.set('wifi')
    expect(a).not.toHaveBeenCalled()
    expect(b).toHaveBeenCalledOnce()
  })

  test('the trace records the change', async () => {
    const rt = createRuntime()
    await rt.device.network.set('none')
    expect(rt.timeline()).toContain('network')
    expect(rt.trace).toContainEqual(expect.objectContaining({ type: 'device', change: 'network', value: 'none' }))
  })
})

describe('wx.request with no network fails as the phone does', () => {
  const request = (rt: ReturnType<typeof createRuntime>) =>
    new Promise<{ errMsg: string }>((resolve) => rt.wx.request({ url: `${API}/x`, success: () => resolve({ errMsg: 'request:ok' }), fail: resolve }))

  test('iPhone in Chinese: request:fail 似乎已断开与互联网的连接。', async () => {
    server.use(http.get(`${API}/x`, () => HttpResponse.json({})))
    const rt = createRuntime({ domains: { request: [API] }, networkType: 'none' })
    expect(await request(rt)).toEqual({ errMsg: 'request:fail 似乎已断开与互联网的连接。' })
    await rt.device.network.set('wifi')
    expect(await request(rt)).toEqual({ errMsg: 'request:ok' })
  })

  test('iPhone in English: The Internet connection appears to be offline.', async () => {
    const rt = createRuntime({ domains: { request: [API] }, networkType: 'none', system: { language: 'en' } })
    expect((await request(rt)).errMsg).toBe('request:fail The Internet connection appears to be offline.')
  })

  test('Android: the host lookup fails', async () => {
    const rt = createRuntime({ platform: 'android', domains: { request: [API] }, networkType: 'none' })
    expect((await request(rt)).errMsg).toBe('request:fail Unable to resolve host "api.example.com": No address associated with hostname')
  })

  test('the domain check comes first: an unlisted domain fails the same way online or off', async () => {
    const rt = createRuntime({ networkType: 'none', domains: { request: ['https://other.example.com'] } })
    expect((await request(rt)).errMsg).toBe('request:fail url not in domain list')
  })
})
