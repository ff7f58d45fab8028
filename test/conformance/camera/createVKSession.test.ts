import { describe, expect, test } from 'vitest'
import { createRuntime, VK_STATUS, type Runtime } from '../../../src/index.ts'
import { describeScopeFlow, flush } from '../scope-flow.ts'

const config: WechatMiniprogram.VKConfig = { track: { plane: { mode: 1 } } }

async function start(rt: Runtime, cfg: WechatMiniprogram.VKConfig = config) {
  const session = rt.wx.createVKSession(cfg)
  const statuses: number[] = []
  session.start((status) => statuses.push(status))
  await flush(rt)
  return { session, statuses }
}

describeScopeFlow('VKSession.start (wx.createVKSession)', {
  scopes: ['scope.camera'],
  use: async (rt) => (await start(rt)).statuses,
  works: (statuses) => expect(statuses).toEqual([0]),
  // VKSessionStartCallback: "2003002: 未开启小程序相机权限" — a number, not an {errMsg} (research.md §3.2).
  refused: (statuses) => expect(statuses).toEqual([2003002]),
})

describe('wx.createVKSession', () => {
  test('creating a session is synchronous and shows no dialog; the dialog comes with start()', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    const session = rt.wx.createVKSession(config)
    expect(session.state).toBe(0)
    expect(rt.prompts).toEqual([])
    session.start(() => {})
    await flush(rt)
    expect(rt.prompts).toEqual([{ kind: 'authorize', scope: 'scope.camera', api: 'VKSession.start', answer: 'allow' }])
  })

  test('state: 1 运行中 after a successful start, 2 暂停中 after stop, 0 不可用 after destroy', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { session } = await start(rt)
    expect(session.state).toBe(1)
    session.stop()
    expect(session.state).toBe(2)
    session.destroy()
    expect(session.state).toBe(0)
  })

  test('a refused start leaves the session unavailable (state 0)', async () => {
    const rt = createRuntime({ scenario: 'denied-once' })
    expect((await start(rt)).session.state).toBe(0)
  })

  test('a config without `track` reports 2000001 参数错误, with no dialog', async () => {
    const rt = createRuntime()
    const { statuses } = await start(rt, {} as WechatMiniprogram.VKConfig)
    expect(statuses).toEqual([VK_STATUS.invalidArguments])
    expect(rt.prompts).toEqual([])
  })

  test('requestAnimationFrame runs with the runtime clock; methods needing real vision say so', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { session } = await start(rt)
    const ticks: number[] = []
    const s = session as unknown as { requestAnimationFrame(cb: (t: number) => void): number }
    s.requestAnimationFrame((t) => ticks.push(t))
    rt.clock.advance(16)
    await flush(rt)
    expect(ticks).toHaveLength(1)
    expect(() => session.detectFace({} as never)).toThrow(/VKSession\.detectFace\(\) is not simulated/)
  })
})
