// wx.showToast / wx.hideToast. https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showToast.html
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { useShop } from './shop.ts'

const start = useShop()

describe('wx.showToast', () => {
  test('shows the toast with the documented defaults: icon success, 1500 ms, no mask', async () => {
    const rt = createRuntime()
    await expect(rt.wx.showToast({ title: '已收藏' })).resolves.toEqual({ errMsg: 'showToast:ok' })
    expect(rt.ui.toast).toEqual({ kind: 'toast', title: '已收藏', icon: 'success', mask: false, duration: 1500, shownAt: rt.clock.now() })
  })

  test('the toast leaves when its duration passes on the runtime clock', async () => {
    const rt = createRuntime()
    await rt.wx.showToast({ title: '已复制', icon: 'none', duration: 2000 })
    rt.clock.advance(1999)
    expect(rt.ui.toast?.title).toBe('已复制')
    rt.clock.advance(1)
    expect(rt.ui.toast).toBeUndefined()
    expect(rt.ui.toasts).toEqual([expect.objectContaining({ title: '已复制', hiddenBy: 'duration', hiddenAt: rt.clock.now() })])
  })

  describe('under vi.useFakeTimers()', () => {
    afterEach(() => void vi.useRealTimers())
    test('the call still resolves and the toast still follows the runtime clock', async () => {
      vi.useFakeTimers()
      const rt = createRuntime()
      await expect(rt.wx.showToast({ title: '好' })).resolves.toEqual({ errMsg: 'showToast:ok' })
      vi.advanceTimersByTime(5000)
      expect(rt.ui.toast?.title).toBe('好')
      rt.clock.advance(1500)
      expect(rt.ui.toast).toBeUndefined()
    })
  })

  test('a saved form shows "保存成功" after its loading: the history keeps it after it disappeared', async () => {
    const rt = start()
    const page = await rt.open('pages/home/index')
    await page.tap('save')
    expect(page.data.saved).toBe(true)
    expect(rt.ui.toast).toMatchObject({ kind: 'toast', title: '保存成功', icon: 'success' })
    rt.clock.advance(1500)
    expect(rt.ui.toast).toBeUndefined()
    expect(rt.ui.toasts.map((t) => [t.kind, t.title, t.hiddenBy])).toEqual([
      ['loading', '保存中', 'hideLoading'],
      ['toast', '保存成功', 'duration'],
    ])
  })

  test('image takes priority over icon ("image 的优先级高于 icon"); mask is kept', async () => {
    const rt = createRuntime()
    await rt.wx.showToast({ title: '失败', icon: 'success', image: '/images/fail.png', mask: true })
    expect(rt.ui.toast).toMatchObject({ image: '/images/fail.png', mask: true })
  })

  test("icon 'error' needs base library 2.14.1: on 2.14.0 the success icon shows", async () => {
    const old = createRuntime({ SDKVersion: '2.14.0' })
    await old.wx.showToast({ title: '失败', icon: 'error' })
    expect(old.ui.toast?.icon).toBe('success')
    const rt = createRuntime({ SDKVersion: '2.14.1' })
    await rt.wx.showToast({ title: '失败', icon: 'error' })
    expect(rt.ui.toast?.icon).toBe('error')
  })

  test('a long title still shows (the client cuts it on screen: "最多显示 7 个汉字长度"), kept whole', async () => {
    const rt = createRuntime()
    await expect(rt.wx.showToast({ title: '您的订单已经提交成功了' })).resolves.toEqual({ errMsg: 'showToast:ok' })
    expect(rt.ui.toast?.title).toBe('您的订单已经提交成功了')
  })

  test('a new toast replaces the one on screen', async () => {
    const rt = createRuntime()
    await rt.wx.showToast({ title: '一' })
    await rt.wx.showToast({ title: '二' })
    expect(rt.ui.toast?.title).toBe('二')
    expect(rt.ui.toasts[0]).toMatchObject({ title: '一', hiddenBy: 'replaced' })
    rt.clock.advance(1500)
    expect(rt.ui.toast).toBeUndefined()
  })

  test('title is required: the parameter error, nothing shown', async () => {
    const rt = createRuntime()
    await expect(rt.wx.showToast({} as never)).rejects.toEqual({
      errMsg: 'showToast:fail parameter error: parameter.title should be String instead of Undefined;',
      errno: 1001,
    })
    expect(rt.ui.toasts).toEqual([])
  })

  test('callbacks: success then complete, as for every async API', async () => {
    const rt = createRuntime()
    const calls: string[] = []
    rt.wx.showToast({ title: 'x', success: (r) => calls.push(r.errMsg), complete: () => calls.push('complete') })
    await rt.settle()
    expect(calls).toEqual(['showToast:ok', 'complete'])
  })
})

describe('wx.hideToast', () => {
  test('hides the toast on screen', async () => {
    const rt = createRuntime()
    await rt.wx.showToast({ title: '加载完成', duration: 10000 })
    await expect(rt.wx.hideToast()).resolves.toEqual({ errMsg: 'hideToast:ok' })
    expect(rt.ui.toast).toBeUndefined()
    expect(rt.ui.toasts[0]?.hiddenBy).toBe('hideToast')
  })

  test("nothing on screen → hideToast:fail:toast can't be found", async () => {
    const rt = createRuntime()
    await expect(rt.wx.hideToast()).rejects.toEqual({ errMsg: "hideToast:fail:toast can't be found" })
  })

  test('a toast whose duration passed is gone: hiding it fails', async () => {
    const rt = createRuntime()
    await rt.wx.showToast({ title: '好' })
    rt.clock.advance(1500)
    await expect(rt.wx.hideToast()).rejects.toEqual({ errMsg: "hideToast:fail:toast can't be found" })
  })

  test('hides a loading too (they share the slot), unless noConflict (2.22.1)', async () => {
    const rt = createRuntime()
    await rt.wx.showLoading({ title: '加载中' })
    await expect(rt.wx.hideToast({ noConflict: true })).rejects.toEqual({ errMsg: "hideToast:fail:toast can't be found" })
    expect(rt.ui.toast?.kind).toBe('loading')
    await expect(rt.wx.hideToast()).resolves.toEqual({ errMsg: 'hideToast:ok' })
    expect(rt.ui.toast).toBeUndefined()
  })
})
