// https://developers.weixin.qq.com/miniprogram/dev/api/ui/custom-component/wx.nextTick.html
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('wx.nextTick', () => {
  afterEach(() => void vi.useRealTimers())

  test('runs the callback later, not during the call ("延迟一部分操作到下一个时间片再执行")', async () => {
    const rt = createRuntime()
    const order: string[] = []
    rt.wx.nextTick(() => order.push('tick'))
    order.push('after call')
    await rt.settle()
    expect(order).toEqual(['after call', 'tick'])
  })

  test('works under vi.useFakeTimers(): no timer is involved', async () => {
    vi.useFakeTimers()
    const rt = createRuntime()
    let ran = false
    rt.wx.nextTick(() => (ran = true))
    await rt.settle()
    expect(ran).toBe(true)
  })

  test('returns undefined, as the typings say', () => {
    const rt = createRuntime()
    expect(rt.wx.nextTick(() => undefined)).toBeUndefined()
  })
})
