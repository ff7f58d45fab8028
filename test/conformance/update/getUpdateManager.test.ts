import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError, type Runtime, type RuntimeOptions } from '../../../src/index.ts'
import { useApp } from '../../host/support.ts'

// UpdateManager.html and its methods' pages (H); late listeners hear the remembered result (L).

const UPDATE_APP = fileURLToPath(new URL('./fixtures/update-app', import.meta.url))
const start = useApp(UPDATE_APP)
async function launch(options: RuntimeOptions = {}): Promise<{ rt: Runtime; updates: string[] }> {
  const rt = start(options)
  await rt.open('pages/index/index')
  await rt.settle()
  return { rt, updates: (rt.app.instance!.globalData as { updates: string[] }).updates }
}

describe('the update flow of the doc\'s sample, in app.js', () => {
  test('no new version: onCheckForUpdate({ hasUpdate: false }) and nothing else', async () => {
    const { updates } = await launch()
    expect(updates).toEqual(['check false'])
  })

  test('a new version downloaded: check true → ready → the modal → applyUpdate restarts the app (trace)', async () => {
    const { rt, updates } = await launch({ update: { hasUpdate: true, outcome: 'ready' }, user: { modal: 'confirm' } })
    expect(updates).toEqual(['check true', 'ready', 'apply'])
    expect(rt.trace).toContainEqual(expect.objectContaining({ type: 'event', name: 'UpdateManager.applyUpdate', payload: { restart: true } }))
  })

  test('the user declines the restart: no applyUpdate', async () => {
    const { rt, updates } = await launch({ update: { hasUpdate: true }, user: { modal: 'cancel' } })
    expect(updates).toEqual(['check true', 'ready'])
    expect(rt.trace.some((e) => e.type === 'event' && e.name === 'UpdateManager.applyUpdate')).toBe(false)
  })

  test('the download fails: check true → onUpdateFailed', async () => {
    const { updates } = await launch({ update: { hasUpdate: true, outcome: 'failed' } })
    expect(updates).toEqual(['check true', 'failed'])
  })

  test('a develop build has no versions: the check says no update', async () => {
    const { updates } = await launch({ envVersion: 'develop', update: { hasUpdate: true } })
    expect(updates).toEqual(['check false'])
  })
})

describe('wx.getUpdateManager', () => {
  test('one manager per app ("全局唯一"), its events asynchronous', async () => {
    const rt = createRuntime({ update: { hasUpdate: true } })
    const m = rt.wx.getUpdateManager()
    expect(rt.wx.getUpdateManager()).toBe(m)
    const heard: unknown[] = []
    m.onCheckForUpdate((res) => heard.push(res))
    expect(heard).toEqual([])
    await rt.settle()
    expect(heard).toEqual([{ hasUpdate: true }])
  })

  test('a listener added after the check still hears its result', async () => {
    const rt = createRuntime({ update: { hasUpdate: true } })
    const m = rt.wx.getUpdateManager()
    await rt.settle()
    const heard: string[] = []
    m.onUpdateReady(() => heard.push('ready'))
    await rt.settle()
    expect(heard).toEqual(['ready'])
  })

  test('applyUpdate before onUpdateReady does not restart', async () => {
    const rt = createRuntime()
    rt.wx.getUpdateManager().applyUpdate()
    expect(rt.trace.some((e) => e.type === 'event' && e.name === 'UpdateManager.applyUpdate')).toBe(false)
  })

  test('a script that cannot happen fails createRuntime', () => {
    expect(() => createRuntime({ update: { hasUpdate: false, outcome: 'ready' } })).toThrow(FakeWxError)
    expect(() => createRuntime({ update: { hasUpdate: true, outcome: 'done' as never } })).toThrow(/'ready' or 'failed'/)
  })
})
