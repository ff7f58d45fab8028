// wx.showLoading / wx.hideLoading and the slot they share with showToast.
// https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showLoading.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { useShop } from './shop.ts'

const start = useShop()

describe('wx.showLoading', () => {
  test('shows a loading that stays until hidden ("需主动调用 wx.hideLoading 才能关闭")', async () => {
    const rt = createRuntime()
    await expect(rt.wx.showLoading({ title: '加载中', mask: true })).resolves.toEqual({ errMsg: 'showLoading:ok' })
    rt.clock.advance(60_000)
    expect(rt.ui.toast).toEqual({ kind: 'loading', title: '加载中', icon: 'loading', mask: true, shownAt: rt.clock.now() - 60_000 })
  })

  test('title is required', async () => {
    const rt = createRuntime()
    await expect(rt.wx.showLoading({} as never)).rejects.toEqual({
      errMsg: 'showLoading:fail parameter error: parameter.title should be String instead of Undefined;',
      errno: 1001,
    })
    expect(rt.ui.toast).toBeUndefined()
  })

  test('"wx.showLoading 和 wx.showToast 同时只能显示一个": a toast replaces the loading', async () => {
    const rt = createRuntime()
    await rt.wx.showLoading({ title: '加载中' })
    await rt.wx.showToast({ title: '完成' })
    expect(rt.ui.toast).toMatchObject({ kind: 'toast', title: '完成' })
    expect(rt.ui.toasts[0]).toMatchObject({ kind: 'loading', hiddenBy: 'replaced' })
  })
})

describe('wx.hideLoading', () => {
  test('hides the loading', async () => {
    const rt = createRuntime()
    await rt.wx.showLoading({ title: '加载中' })
    await expect(rt.wx.hideLoading()).resolves.toEqual({ errMsg: 'hideLoading:ok' })
    expect(rt.ui.toast).toBeUndefined()
  })

  test("nothing to hide → hideLoading:fail:toast can't be found (a second hideLoading, as apps report)", async () => {
    const rt = createRuntime()
    await rt.wx.showLoading({ title: '加载中' })
    await rt.wx.hideLoading()
    await expect(rt.wx.hideLoading()).rejects.toEqual({ errMsg: "hideLoading:fail:toast can't be found" })
  })

  test('hideLoading after the toast closes the toast ("wx.hideLoading 会把 wx.showToast 提示框关掉")', async () => {
    const rt = start()
    const page = await rt.open('pages/home/index')
    await page.tap('saveToastFirst')
    expect(rt.ui.toast).toBeUndefined()
    expect(rt.ui.toasts.at(-1)).toMatchObject({ kind: 'toast', title: '保存成功', hiddenBy: 'hideLoading', hiddenAt: rt.clock.now() })
  })

  test('with noConflict: true (2.22.1) hideLoading leaves a toast alone', async () => {
    const rt = createRuntime()
    await rt.wx.showToast({ title: '完成' })
    await expect(rt.wx.hideLoading({ noConflict: true })).rejects.toEqual({ errMsg: "hideLoading:fail:toast can't be found" })
    expect(rt.ui.toast?.title).toBe('完成')
  })

  test('before base library 2.22.1 noConflict does not exist: hideLoading still closes the toast', async () => {
    const rt = createRuntime({ SDKVersion: '2.22.0' })
    await rt.wx.showToast({ title: '完成' })
    await expect(rt.wx.hideLoading({ noConflict: true })).resolves.toEqual({ errMsg: 'hideLoading:ok' })
    expect(rt.ui.toast).toBeUndefined()
  })
})
