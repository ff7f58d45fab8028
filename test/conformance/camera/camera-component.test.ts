import { describe, expect, test, vi } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'
import { describeScopeFlow } from '../scope-flow.ts'

/** Mounts a <camera> and records which handlers ran, with their detail. */
async function mount(rt: Runtime, attributes: Record<string, unknown> = {}, fixture?: { maxZoom?: number }) {
  const events: [string, unknown][] = []
  const handle = rt.mountComponent(
    'camera',
    {
      ...attributes,
      bindinitdone: (e) => events.push(['initdone', e.detail]),
      binderror: (e) => events.push(['error', e.detail]),
      bindstop: (e) => events.push(['stop', e.detail]),
    },
    fixture,
  )
  await handle.ready
  return { handle, events }
}

describeScopeFlow('<camera>', {
  scopes: ['scope.camera'],
  use: async (rt) => (await mount(rt)).events,
  works: (events) => expect(events).toEqual([['initdone', { maxZoom: 10 }]]),
  // "binderror: 用户不允许使用摄像头时触发"; detail.errMsg "insertCamera:fail auth deny" (research.md §3.2, M).
  refused: (events) => expect(events).toEqual([['error', { errMsg: 'insertCamera:fail auth deny' }]]),
})

describe('<camera> component', () => {
  test('mounting asks for scope.camera on behalf of <camera>', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    await mount(rt)
    expect(rt.prompts).toEqual([{ kind: 'authorize', scope: 'scope.camera', api: '<camera>', answer: 'allow' }])
  })

  test('bindinitdone reports the maxZoom fixture; handlers get a CustomEvent', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    let event: WechatMiniprogram.CustomEvent | undefined
    const handle = rt.mountComponent('camera', { id: 'cam', bindinitdone: (e) => (event = e) }, { maxZoom: 4 })
    await handle.ready
    expect(event).toMatchObject({ type: 'initdone', detail: { maxZoom: 4 }, target: { id: 'cam', dataset: {} }, currentTarget: { id: 'cam' } })
    expect(typeof event?.timeStamp).toBe('number')
  })

  test('maxZoom arrives from base library 2.10.0; before 2.7.0 there is no initdone at all', async () => {
    const old = createRuntime({ scenario: 'granted', SDKVersion: '2.9.0' })
    expect((await mount(old)).events).toEqual([['initdone', {}]])
    const older = createRuntime({ scenario: 'granted', SDKVersion: '2.6.0' })
    expect((await mount(older)).events).toEqual([])
  })

  test('"同一页面只能插入一个 camera 组件": a second camera fails with "can insert only one camera"', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await mount(rt)
    const second = await mount(rt)
    expect(second.events).toEqual([['error', { errMsg: 'insertCamera:fail can insert only one camera' }]])
  })

  test('after unmount a new camera can be inserted', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const first = await mount(rt)
    first.handle.unmount()
    expect(first.handle.mounted).toBe(false)
    expect((await mount(rt)).events).toEqual([['initdone', { maxZoom: 10 }]])
  })

  test('same-layer rendering words it insertXWebCamera, and the Android legacy dialect ":auth denied"', async () => {
    const rt = createRuntime({ scenario: 'denied-once', dialect: { cameraInsertApi: 'insertXWebCamera', authDeny: ':auth denied' } })
    expect((await mount(rt)).events).toEqual([['error', { errMsg: 'insertXWebCamera:fail:auth denied' }]])
  })

  test('interrupt(): "摄像头在非正常终止时触发" bindstop; the camera stops working', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { handle, events } = await mount(rt)
    handle.interrupt()
    await rt.settle()
    expect(events).toEqual([
      ['initdone', { maxZoom: 10 }],
      ['stop', {}],
    ])
    const failed = await new Promise((done) => rt.wx.createCameraContext().takePhoto({ fail: done }))
    expect(failed).toEqual({ errMsg: 'operateCamera:fail camera has not been initialized' })
  })

  test('a camera unmounted while its dialog is open reports nothing', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    const events: string[] = []
    const handle = rt.mountComponent('camera', { binderror: () => events.push('error'), bindinitdone: () => events.push('initdone') })
    const prompt = await rt.user.nextPrompt()
    handle.unmount()
    prompt.respond('allow')
    await handle.ready
    expect(events).toEqual([])
    expect(rt.auth.get('scope.camera')).toBe('granted')
  })

  test('an unanswered dialog rejects `ready` with a message saying who asked', async () => {
    const rt = createRuntime()
    await expect(rt.mountComponent('camera').ready).rejects.toThrow(/permission dialog for scope\.camera, shown by <camera>\./)
  })

  test('an exception in a handler is reported like a callback exception ("thirdScriptError … at …")', async () => {
    const rt = createRuntime({ scenario: 'granted', callbackErrors: 'console' })
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    await rt.mountComponent('camera', {
      bindinitdone: () => {
        throw new Error('boom')
      },
    }).ready
    expect(log).toHaveBeenCalledWith('thirdScriptError\nError: boom;at <camera> bindinitdone handler')
    expect(rt.timeline()).toMatch(/note +exception in <camera> bindinitdone handler: Error: boom/)
    log.mockRestore()
  })

  test('an unknown tag is a test error', () => {
    const rt = createRuntime()
    expect(() => rt.mountComponent('video' as 'camera')).toThrow(/no <video> component.*\n.*camera, live-pusher/)
  })
})
