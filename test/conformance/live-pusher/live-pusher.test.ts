import { describe, expect, test } from 'vitest'
import { createRuntime, LIVE_PUSHER_ERRORS, type Runtime } from '../../../src/index.ts'
import { describeScopeFlow } from '../scope-flow.ts'

async function mount(rt: Runtime, attributes: Record<string, unknown> = { url: 'rtmp://push.example.com/live/1', autopush: true }) {
  const events: [string, unknown][] = []
  const handle = rt.mountComponent('live-pusher', {
    ...attributes,
    bindstatechange: (e) => events.push(['statechange', e.detail.code]),
    binderror: (e) => events.push(['error', e.detail]),
  })
  await handle.ready
  return { handle, events }
}

describeScopeFlow('<live-pusher>', {
  scopes: ['scope.camera', 'scope.record'],
  use: async (rt) => (await mount(rt)).events,
  // 1003 打开摄像头成功 → 1008 编码器启动 → 1007 首帧画面采集完成 → 1001 已经连接推流服务器 → 1002 开始推流.
  works: (events) => expect(events.map(([, code]) => code)).toEqual([1003, 1008, 1007, 1001, 1002]),
  refused: (events) => expect(events[0]).toEqual(['error', { errCode: 10001, errMsg: '用户禁止使用摄像头' }]),
})

describe('<live-pusher> component', () => {
  test('asks for both scopes, one dialog after the other (camera, then record)', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    const pending = mount(rt)
    const first = await rt.user.nextPrompt()
    expect(first.scope).toBe('scope.camera')
    expect(rt.user.pending).toHaveLength(0) // the second dialog waits for the first
    first.respond('allow')
    const second = await rt.user.nextPrompt()
    expect(second).toMatchObject({ scope: 'scope.record', api: '<live-pusher>' })
    second.respond('allow')
    expect((await pending).events.map(([, c]) => c)).toEqual([1003, 1008, 1007, 1001, 1002])
  })

  test('camera allowed, microphone refused: binderror errCode 10002 用户禁止使用录音, no push', async () => {
    const rt = createRuntime({ user: { authorize: { 'scope.camera': 'allow', 'scope.record': 'deny' } } })
    expect((await mount(rt)).events).toEqual([['error', LIVE_PUSHER_ERRORS.recordDenied]])
  })

  test('both refused: two binderror events, 10001 then 10002', async () => {
    const rt = createRuntime({ user: { authorize: 'deny' } })
    expect((await mount(rt)).events).toEqual([
      ['error', { errCode: 10001, errMsg: '用户禁止使用摄像头' }],
      ['error', { errCode: 10002, errMsg: '用户禁止使用录音' }],
    ])
  })

  test('without autopush only the camera opens (1003); without a camera there is no 1003/1007', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    expect((await mount(rt, { url: 'rtmp://x' })).events).toEqual([['statechange', 1003]])
    const audioOnly = createRuntime({ scenario: 'granted' })
    expect((await mount(audioOnly, { url: 'rtmp://x', autopush: true, enableCamera: false })).events.map(([, c]) => c)).toEqual([1008, 1001, 1002])
  })

  test('"开发者工具上暂不支持 live-pusher": nothing happens in DevTools', async () => {
    const rt = createRuntime({ platform: 'devtools', user: { authorize: 'allow' } })
    expect((await mount(rt)).events).toEqual([])
    expect(rt.prompts).toEqual([])
  })

  test('one component, one onNeedPrivacyAuthorization event (referrer "live-pusher") for both its data types (research §6.2 H)', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    const referrers: string[] = []
    let lastResolve: ((arg: { event: string; buttonId?: string }) => void) | undefined
    // The common app pattern: keep the latest resolve, call it from the popup's agree button.
    rt.wx.onNeedPrivacyAuthorization(((resolve: typeof lastResolve, info: { referrer: string }) => {
      referrers.push(info.referrer)
      lastResolve = resolve
    }) as never)
    const events: [string, unknown][] = []
    rt.mountComponent('live-pusher', { url: 'rtmp://x', bindstatechange: (e) => events.push(['statechange', e.detail.code]) })
    await rt.settle()
    expect(referrers).toEqual(['live-pusher'])
    rt.privacy.tapAgreeButton('agree')
    lastResolve!({ event: 'agree', buttonId: 'agree' })
    await rt.settle()
    expect(events).toEqual([['statechange', 1003]])
    expect(rt.privacy.held).toEqual([])
  })
})
