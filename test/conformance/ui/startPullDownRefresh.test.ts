// https://developers.weixin.qq.com/miniprogram/dev/api/ui/pull-down-refresh/wx.startPullDownRefresh.html and
// wx.stopPullDownRefresh, with the page's onPullDownRefresh (reference/api/Page.html).
import { describe, expect, test } from 'vitest'
import { FakeWxError } from '../../../src/index.ts'
import { useShop } from './shop.ts'

const start = useShop()

describe('pull-down refresh', () => {
  test('the user pulls the feed down: onPullDownRefresh reloads, stopPullDownRefresh ends the animation', async () => {
    const rt = start()
    const feed = await rt.open('pages/feed/index')
    await feed.pullDownRefresh()
    expect(feed.data).toMatchObject({ loads: 1, stopped: 'stopPullDownRefresh:ok' })
    expect(rt.ui.scroll.refreshing).toBe(false)
  })

  test('wx.startPullDownRefresh does what the pull does ("效果与用户手动下拉刷新一致")', async () => {
    const rt = start()
    const feed = await rt.open('pages/feed/index')
    await feed.tap('reload')
    expect(feed.data.loads).toBe(1)
  })

  test('stopPullDownRefresh when nothing refreshes still succeeds', async () => {
    const rt = start()
    await rt.open('pages/feed/index')
    await expect(rt.wx.stopPullDownRefresh()).resolves.toEqual({ errMsg: 'stopPullDownRefresh:ok' })
    expect(rt.ui.scroll.refreshing).toBe(false)
  })

  test('enablePullDownRefresh off (the default): startPullDownRefresh succeeds and onPullDownRefresh does not run', async () => {
    const rt = start()
    const detail = await rt.open('pages/detail/index')
    await detail.tap('refresh')
    expect(detail.data.refreshedWithoutConfig).toBeUndefined()
    expect(rt.timeline()).toContain('enablePullDownRefresh is off')
  })

  test('the user cannot pull a page whose enablePullDownRefresh is off: FakeWxError', async () => {
    const rt = start()
    const detail = await rt.open('pages/detail/index')
    await expect(detail.pullDownRefresh()).rejects.toBeInstanceOf(FakeWxError)
  })
})
