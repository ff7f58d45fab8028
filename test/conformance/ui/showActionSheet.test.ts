// wx.showActionSheet answered by the simulated user. https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showActionSheet.html
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'
import { useShop } from './shop.ts'

const start = useShop()

describe('wx.showActionSheet', () => {
  test('the user taps an item: { tapIndex } counted from the top, from 0', async () => {
    const rt = start({ user: { actionSheet: 1 } })
    const page = await rt.open('pages/home/index')
    await page.tap('openShareMenu')
    expect(page.data.share).toBe('生成海报')
    expect(rt.prompts).toEqual([
      expect.objectContaining({ kind: 'actionSheet', api: 'showActionSheet', answer: 1 }),
    ])
  })

  test("the user taps 取消 (or the mask): showActionSheet:fail cancel", async () => {
    const rt = start({ user: { actionSheet: 'cancel' } })
    const page = await rt.open('pages/home/index')
    await page.tap('openShareMenu')
    expect(page.data.share).toBe('showActionSheet:fail cancel')
  })

  test('answered step by step: the sheet waits for the user', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    const call = rt.wx.showActionSheet({ itemList: ['拍照', '从相册选择'], itemColor: '#07c160', alertText: '更换头像' })
    const sheet = await rt.user.nextPrompt()
    expect(sheet).toMatchObject({ kind: 'actionSheet', details: { itemList: ['拍照', '从相册选择'], itemColor: '#07c160', alertText: '更换头像' } })
    sheet.respond(0)
    await expect(call).resolves.toEqual({ errMsg: 'showActionSheet:ok', tapIndex: 0 })
  })

  test('7 items: the base library refuses before anything shows ("数组长度最大为 6")', async () => {
    const rt = createRuntime({ user: { actionSheet: 0 } })
    await expect(rt.wx.showActionSheet({ itemList: ['1', '2', '3', '4', '5', '6', '7'] })).rejects.toEqual({
      errMsg: 'showActionSheet:fail parameter error: itemList should not be large than 6',
    })
    expect(rt.prompts).toEqual([])
  })

  test('6 items are fine', async () => {
    const rt = createRuntime({ user: { actionSheet: 5 } })
    await expect(rt.wx.showActionSheet({ itemList: ['1', '2', '3', '4', '5', '6'] })).resolves.toEqual({ errMsg: 'showActionSheet:ok', tapIndex: 5 })
  })

  test('itemList is required: the parameter error', async () => {
    const rt = createRuntime()
    await expect(rt.wx.showActionSheet({} as never)).rejects.toEqual({
      errMsg: 'showActionSheet:fail parameter error: parameter.itemList should be Array instead of Undefined;',
      errno: 1001,
    })
  })

  test('an answer that is no item of the sheet is a FakeWxError', async () => {
    const rt = createRuntime({ user: { actionSheet: 3 } })
    await expect(rt.wx.showActionSheet({ itemList: ['A', 'B'] })).rejects.toBeInstanceOf(FakeWxError)
  })
})
