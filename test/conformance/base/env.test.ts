import { expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

// https://developers.weixin.qq.com/miniprogram/dev/api/base/wx.env.html
test('wx.env.USER_DATA_PATH is the user directory: wxfile://usr on a phone', () => {
  const rt = createRuntime({ platform: 'android' })
  expect(rt.wx.env.USER_DATA_PATH).toBe('wxfile://usr')
  expect(`${rt.wx.env.USER_DATA_PATH}/poster.png`).toBe('wxfile://usr/poster.png')
})

test('wx.env.USER_DATA_PATH is http://usr in DevTools', () => {
  expect(createRuntime({ platform: 'devtools' }).wx.env.USER_DATA_PATH).toBe('http://usr')
})

test('wx.env is a plain property: listed with the methods, the same object on every read, not a spy', () => {
  const rt = createRuntime()
  expect(Object.keys(rt.wx)).toContain('env')
  expect(rt.wx.env).toBe(rt.wx.env)
  expect(typeof rt.wx.env).toBe('object')
  const copy = { ...rt.wx }
  expect(copy.env.USER_DATA_PATH).toBe('wxfile://usr')
  rt.restore() // restoring spies skips properties
})
