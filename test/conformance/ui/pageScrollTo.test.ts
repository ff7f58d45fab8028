// https://developers.weixin.qq.com/miniprogram/dev/api/ui/scroll/wx.pageScrollTo.html
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'
import { useShop } from './shop.ts'

const start = useShop()

describe('wx.pageScrollTo', () => {
  test('scrolls to the selector (its top as the test lays it out, plus offsetTop); onPageScroll runs when the 300 ms animation ends', async () => {
    const rt = start()
    const page = await rt.open('pages/detail/index')
    rt.ui.layout({ '#comments': 820 })
    await page.tap('toComments')
    expect(page.data.scrolled).toEqual([])
    rt.clock.advance(300)
    await rt.settle()
    expect(page.data.scrolled).toEqual([800])
    expect(rt.ui.scroll.scrollTop).toBe(800)
  })

  test('duration 0: onPageScroll with { scrollTop } right away', async () => {
    const rt = start()
    const page = await rt.open('pages/detail/index')
    await page.tap('backToTop')
    rt.clock.advance(0)
    expect(page.data.scrolled).toEqual([0])
  })

  test('a selector the test did not lay out: a FakeWxError says how (there is no rendering)', async () => {
    const rt = createRuntime()
    await expect(rt.wx.pageScrollTo({ selector: '#nowhere' })).rejects.toBeInstanceOf(FakeWxError)
  })

  test('scrollTop of the wrong type: the parameter error', async () => {
    const rt = createRuntime()
    await expect(rt.wx.pageScrollTo({ scrollTop: '100' } as never)).rejects.toEqual({
      errMsg: 'pageScrollTo:fail parameter error: parameter.scrollTop should be Number instead of String;',
      errno: 1001,
    })
  })
})
