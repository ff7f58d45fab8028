// https://developers.weixin.qq.com/miniprogram/dev/api/base/update/UpdateManager.html
// "微信在小程序每次启动（包括热启动）时自动检查更新，不需由开发者主动触发" (onCheckForUpdate); a new version is then
// downloaded by the client: onUpdateReady on success, onUpdateFailed "下载失败（可能是网络原因等）后回调"; applyUpdate
// "强制小程序重启并使用新版本。在小程序新版本下载完成后（即收到 onUpdateReady 回调）调用" (H).
// "开发版/体验版小程序没有'版本'概念，所以无法在开发版/体验版上测试版本更新情况" (doc, H): there the check says no update.
// The test scripts the server: `createRuntime({ update: { hasUpdate: true, outcome: 'ready' | 'failed' } })`.
// Results arrive asynchronously, check first, then the download's outcome; a listener added after an event fired hears
// the remembered result (the base library keeps it, L).
import { stateOf, type RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { callAppCode, later } from '../../facade/deliver.ts'

export interface UpdateScript {
  /** Whether WeChat's server has a newer version. Default false. */
  hasUpdate: boolean
  /** How the client's download of it ends. Default 'ready'. */
  outcome?: 'ready' | 'failed'
}

type Event = 'checkForUpdate' | 'updateReady' | 'updateFailed'
type Listener = (result: never) => void

interface UpdateState {
  script: UpdateScript
  manager?: WechatMiniprogram.UpdateManager
  /** The events that have happened, with their payloads, in order. */
  readonly fired: Map<Event, unknown>
  readonly listeners: Map<Event, Listener[]>
  started: boolean
}

const KEY = 'update'
const stateOfUpdate = (core: RuntimeCore): UpdateState =>
  stateOf<UpdateState>(core, KEY, () => ({ script: { hasUpdate: false }, fired: new Map(), listeners: new Map(), started: false }))

export function setUpdateScript(core: RuntimeCore, script: UpdateScript): void {
  if (typeof script !== 'object' || script === null || typeof script.hasUpdate !== 'boolean') {
    throw new FakeWxError('createRuntime({ update }) needs { hasUpdate: boolean, outcome?: "ready" | "failed" }.')
  }
  if (script.outcome !== undefined && script.outcome !== 'ready' && script.outcome !== 'failed') {
    throw new FakeWxError(`createRuntime({ update }): outcome must be 'ready' or 'failed', got ${JSON.stringify(script.outcome)}.`)
  }
  if (script.outcome !== undefined && !script.hasUpdate) {
    throw new FakeWxError('createRuntime({ update }): an outcome needs hasUpdate: true (without a new version nothing is downloaded).')
  }
  stateOfUpdate(core).script = { ...script }
}

function fire(core: RuntimeCore, s: UpdateState, event: Event, payload: unknown): void {
  s.fired.set(event, payload)
  core.trace.record({ type: 'event', name: `UpdateManager.${event}`, payload })
  for (const listener of s.listeners.get(event) ?? []) callAppCode(core, `UpdateManager.on${cap(event)} listener`, listener, payload)
}

const cap = (e: Event) => e[0]!.toUpperCase() + e.slice(1)

/** The check and the download, started once per runtime by the first getUpdateManager() (the client's own check). */
function start(core: RuntimeCore, s: UpdateState): void {
  if (s.started) return
  s.started = true
  const hasUpdate = core.config.envVersion === 'release' && s.script.hasUpdate
  later(() => {
    fire(core, s, 'checkForUpdate', { hasUpdate })
    if (!hasUpdate) return
    later(() => (s.script.outcome === 'failed' ? fire(core, s, 'updateFailed', {}) : fire(core, s, 'updateReady', {})))
  })
}

/** wx.getUpdateManager(): "获取全局唯一的版本更新管理器" — the same object on every call. */
export function updateManager(core: RuntimeCore): WechatMiniprogram.UpdateManager {
  const s = stateOfUpdate(core)
  start(core, s)
  const on = (event: Event) => (listener: unknown) => {
    if (typeof listener !== 'function') return
    const list = s.listeners.get(event) ?? []
    list.push(listener as Listener)
    s.listeners.set(event, list)
    if (s.fired.has(event)) {
      const payload = s.fired.get(event)
      later(() => callAppCode(core, `UpdateManager.on${cap(event)} listener`, listener as Listener, payload))
    }
  }
  return (s.manager ??= {
    onCheckForUpdate: on('checkForUpdate'),
    onUpdateReady: on('updateReady'),
    onUpdateFailed: on('updateFailed'),
    applyUpdate: () => {
      if (!s.fired.has('updateReady')) {
        core.trace.record({ type: 'note', text: 'UpdateManager.applyUpdate before onUpdateReady: nothing happens (L)' })
        return
      }
      core.trace.record({ type: 'event', name: 'UpdateManager.applyUpdate', payload: { restart: true } })
      core.trace.record({ type: 'note', text: 'the mini program restarts on the new version' })
    },
  } as WechatMiniprogram.UpdateManager)
}
