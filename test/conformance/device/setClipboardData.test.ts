import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

// wx.setClipboardData.html ("调用成功后，会弹出 toast 提示"内容已复制"，持续 1.5s"), wx.getClipboardData.html (H);
// the privacy table's 剪切板 row (privacy-apis.ts, research.md §6.4).

/** What a "copy the order number" button does. */
async function copyOrderNumber(wx: ReturnType<typeof createRuntime>['wx'], orderNo: string): Promise<string> {
  await wx.setClipboardData({ data: orderNo })
  const { data } = await wx.getClipboardData()
  return data
}

describe('wx.setClipboardData / wx.getClipboardData', () => {
  test('what the app copies is on the phone\'s clipboard, and getClipboardData reads it back', async () => {
    const rt = createRuntime()
    expect(await copyOrderNumber(rt.wx, 'SO-20260101-0042')).toBe('SO-20260101-0042')
    expect(rt.device.clipboard.text).toBe('SO-20260101-0042')
  })

  test('success: setClipboardData:ok, then the client shows the toast 内容已复制 for 1.5 s', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setClipboardData({ data: 'x' })).resolves.toEqual({ errMsg: 'setClipboardData:ok' })
    expect(rt.ui.toast).toMatchObject({ kind: 'toast', title: '内容已复制', duration: 1500 })
    rt.clock.advance(1500)
    expect(rt.ui.toast).toBeUndefined()
    expect(rt.ui.toasts.map((t) => t.title)).toEqual(['内容已复制'])
  })

  test('an app toast right after the copy replaces 内容已复制 (one toast slot)', async () => {
    const rt = createRuntime()
    await rt.wx.setClipboardData({ data: 'x' })
    await rt.wx.showToast({ title: '已复制订单号', icon: 'none' })
    expect(rt.ui.toast?.title).toBe('已复制订单号')
  })

  test('getClipboardData reads what the user copied elsewhere', async () => {
    const rt = createRuntime()
    rt.device.clipboard.text = '￥AbCd1234￥'
    await expect(rt.wx.getClipboardData()).resolves.toEqual({ errMsg: 'getClipboardData:ok', data: '￥AbCd1234￥' })
  })

  test('data must be a String: parameter error, errno 1001, the clipboard unchanged', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setClipboardData({ data: 42 as never })).rejects.toEqual({
      errMsg: 'setClipboardData:fail parameter error: parameter.data should be String instead of Number;',
      errno: 1001,
    })
    expect(rt.device.clipboard.text).toBe('')
  })

  test('a privacy API: with the agreement refused both fail with errno 104 and nothing is copied', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', user: { privacy: 'disagree' } })
    await expect(rt.wx.setClipboardData({ data: 'x' })).rejects.toEqual({ errMsg: 'setClipboardData:fail privacy permission is not authorized', errno: 104 })
    await expect(rt.wx.getClipboardData()).rejects.toMatchObject({ errno: 104 })
    expect(rt.device.clipboard.text).toBe('')
  })
})
