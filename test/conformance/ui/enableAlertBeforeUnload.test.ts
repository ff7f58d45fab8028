// https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.enableAlertBeforeUnload.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { useShop } from './shop.ts'

const start = useShop()

describe('wx.enableAlertBeforeUnload / wx.disableAlertBeforeUnload', () => {
  test('has no Promise form ("以 Promise 风格 调用：不支持"): callbacks only', async () => {
    const rt = createRuntime()
    const results: string[] = []
    expect(rt.wx.enableAlertBeforeUnload({ message: '确定离开？', success: (r) => results.push(r.errMsg) })).toBeUndefined()
    expect(rt.wx.enableAlertBeforeUnload({ message: '确定离开？' })).toBeUndefined()
    await rt.settle()
    expect(results).toEqual(['enableAlertBeforeUnload:ok'])
  })

  test("keeps the message on the page's bar until disabled", async () => {
    const rt = start()
    const page = await rt.open('pages/detail/index')
    rt.wx.enableAlertBeforeUnload({ message: '订单未提交，确定离开？' })
    await rt.settle()
    expect(page.navigationBar.alertBeforeUnload).toBe('订单未提交，确定离开？')
    rt.wx.disableAlertBeforeUnload({})
    await rt.settle()
    expect(page.navigationBar.alertBeforeUnload).toBeUndefined()
  })

  test('message is required: the parameter error reaches fail', async () => {
    const rt = createRuntime()
    let errMsg = ''
    rt.wx.enableAlertBeforeUnload({ fail: (r: { errMsg: string }) => (errMsg = r.errMsg) } as never)
    await rt.settle()
    expect(errMsg).toBe('enableAlertBeforeUnload:fail parameter error: parameter.message should be String instead of Undefined;')
  })
})
