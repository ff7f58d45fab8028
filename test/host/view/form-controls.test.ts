import { describe, expect, test } from 'vitest'
import { useApp, VIEW_APP } from '../support.ts'

// The user's actions on form controls:
// https://developers.weixin.qq.com/miniprogram/dev/component/input.html (bindinput: event.detail = {value, cursor, keyCode};
// "处理函数可以直接 return 一个字符串，将替换输入框的内容")
// https://developers.weixin.qq.com/miniprogram/dev/framework/view/two-way-bindings.html (model:value)
// https://developers.weixin.qq.com/miniprogram/dev/component/switch.html (bindchange: event.detail = { value })
const start = useApp(VIEW_APP)

describe('<input>', () => {
  test('typing fires bindinput with detail { value, cursor, keyCode }', async () => {
    const page = await start().open('pages/inputs/index')
    await page.query('#plain')!.input('你好')
    expect(page.data.typed).toMatchObject({ value: '你好', cursor: 2 })
    expect(page.data.typed).toHaveProperty('keyCode')
  })

  test('model:value writes what the user typed back into the page data, and the view follows', async () => {
    const page = await start().open('pages/inputs/index')
    await page.query('#nick')!.input('小明')
    expect(page.data.nick).toBe('小明')
    expect(page.query('#nick-echo')!.text).toBe('你好，小明')
  })

  test('a bindinput handler that returns a string replaces the input\'s content', async () => {
    const page = await start().open('pages/inputs/index')
    await page.query('#upper')!.input('abc')
    expect(page.query('#upper')!.attr('value')).toBe('ABC')
  })
})

describe('<switch>', () => {
  test('tapping it fires bindchange with detail { value: true }', async () => {
    const page = await start().open('pages/inputs/index')
    await page.query('#agree')!.tap()
    expect(page.data.agreed).toBe(true)
    expect(page.query('#agree')!.attr('checked')).toBe(true)
  })
})
