import { http, HttpResponse, delay } from 'msw'
import { afterEach, beforeEach, describe, vi } from 'vitest'
import { expect, test } from '../../src/vitest.ts'
import { useServer } from '../support/msw.ts'

const API = 'https://api.example.com'
const server = useServer()

describe('under vi.useFakeTimers()', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())
  test.override({ fakeWxOptions: { domains: { request: [API] }, user: { modal: 'confirm', authorize: 'allow' } } })

  test('results still arrive (delivery is a microtask, not a timer)', async ({ wx }) => {
    await expect(wx.setStorage({ key: 'k', data: 1 })).resolves.toEqual({ errMsg: 'setStorage:ok' })
    await expect(wx.showModal({ title: 't', content: 'c' })).resolves.toMatchObject({ confirm: true })
    await expect(wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    const res = await new Promise((resolve) => wx.getStorage({ key: 'k', success: resolve }))
    expect(res).toEqual({ errMsg: 'getStorage:ok', data: 1 })
  })

  test('wx.request through msw still completes', async ({ wx }) => {
    server.use(http.get(`${API}/x`, () => HttpResponse.json({ a: 1 })))
    const res = await new Promise<WechatMiniprogram.RequestSuccessCallbackResult>((resolve, reject) => wx.request({ url: `${API}/x`, success: resolve, fail: reject }))
    expect(res.data).toEqual({ a: 1 })
  })

  test('request timeouts follow rt.clock, not the faked timers', async ({ rt, wx }) => {
    server.use(http.get(`${API}/slow`, async () => (await delay('infinite'), HttpResponse.text(''))))
    const result = new Promise((resolve) => wx.request({ url: `${API}/slow`, fail: resolve }))
    vi.advanceTimersByTime(120_000) // faked timers: no effect on the request
    await rt.settle()
    rt.clock.advance(60_000)
    await expect(result).resolves.toEqual({ errMsg: 'request:fail timeout', errno: 5 })
  })

  test('the faked Date does not move the runtime clock', async ({ rt }) => {
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'))
    expect(rt.clock.now()).toBe(Date.UTC(2026, 0, 1))
  })
})
