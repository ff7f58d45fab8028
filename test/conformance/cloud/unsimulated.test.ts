// The parts of wx.cloud fake-wx does not model (database, callContainer, extend, Cloud …) stay inert: the app does
// not crash, the trace notes each use and the console says once how to stub it.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

let warn: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => warn.mockRestore())

describe('unsimulated wx.cloud members', () => {
  test("db.collection('x').where({}).get() answers { data: [] } asynchronously; one warning per member per runtime", async () => {
    const rt = createRuntime()
    rt.wx.cloud.init({ env: 'prod-1' })
    const db = rt.wx.cloud.database()
    const res = await db.collection('todos').where({ done: false }).orderBy('due', 'asc').limit(10).get()
    expect(res).toMatchObject({ data: [] })
    await expect(db.collection('todos').count()).resolves.toMatchObject({ total: 0 })
    rt.wx.cloud.database()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]![0])).toContain("rt.wx.cloud.database = ")
    expect(rt.timeline()).toContain('wx.cloud.database is not simulated')
  })

  test('the callback form of a database call runs success', async () => {
    const rt = createRuntime()
    const got: unknown[] = []
    rt.wx.cloud.database().collection('x').doc('id-1').get({ success: (r: unknown) => got.push(r) })
    await rt.settle()
    expect(got).toMatchObject([{ data: null }])
  })

  test('callContainer, extend and new wx.cloud.Cloud(…) do not crash', async () => {
    const rt = createRuntime()
    await expect(rt.wx.cloud.callContainer({ path: '/api' })).resolves.toMatchObject({ errMsg: 'cloud.callContainer:ok' })
    expect(() => rt.wx.cloud.extend.AI.createModel('m')).not.toThrow()
    expect(warn.mock.calls.map((c: unknown[]) => String(c[0]).split(' is ')[0])).toEqual(['[fake-wx] wx.cloud.callContainer', '[fake-wx] wx.cloud.extend'])
  })

  test('an app can stub a member itself: wx.cloud is a plain object', async () => {
    const rt = createRuntime()
    const fake = { collection: () => ({ get: async () => ({ data: [{ _id: '1' }] }) }) }
    ;(rt.wx.cloud as unknown as { database: () => unknown }).database = () => fake
    await expect((rt.wx.cloud.database() as unknown as typeof fake).collection().get()).resolves.toEqual({ data: [{ _id: '1' }] })
    expect(warn).not.toHaveBeenCalled()
  })
})
