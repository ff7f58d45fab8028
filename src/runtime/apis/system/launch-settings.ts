// How the mini program was opened, set by the test: `createRuntime({ launch: { scene: 1007, referrerInfo } })`.
// The host's launch (App.onLaunch / onShow options) and wx.getLaunchOptionsSync / getEnterOptionsSync read it.
// Default scene 1001 ("发现栏小程序主入口"), referrerInfo {} ("否则返回 {}"), apiCategory 'default'
// (framework/app-service/scene.html, reference/api/App.html, H).
import { stateOf, type RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'

type LaunchOptions = WechatMiniprogram.App.LaunchShowOption

export interface LaunchSettings {
  /** The scene value (场景值), e.g. 1007 (单人聊天会话中的小程序消息卡片), 1011 (扫描二维码). Default 1001. */
  scene?: number
  /** From another mini program, an official account or an app: `{ appId, extraData }`. Default `{}`. */
  referrerInfo?: { appId: string; extraData?: Record<string, unknown> }
  /** Opened from a shared card in a group chat. */
  shareTicket?: string
  /** 1 单聊, 2 企业微信单聊, 3 群聊, 4 企业微信互通群聊. */
  chatType?: 1 | 2 | 3 | 4
  apiCategory?: 'default' | 'nativeFunctionalized' | 'browseOnly' | 'embedded' | 'chatTool'
}

const KEY = 'system.launch'
const KEYS = ['scene', 'referrerInfo', 'shareTicket', 'chatType', 'apiCategory']
const CATEGORIES = ['default', 'nativeFunctionalized', 'browseOnly', 'embedded', 'chatTool']

/** `rt.open(path, { scene })`: this launch's fields over the createRuntime({ launch }) ones. */
export function mergeLaunchSettings(core: RuntimeCore, settings: LaunchSettings): void {
  setLaunchSettings(core, { ...stateOf<LaunchSettings>(core, KEY, () => ({})), ...settings })
}

export function setLaunchSettings(core: RuntimeCore, settings: LaunchSettings): void {
  const bad = Object.keys(settings).find((k) => !KEYS.includes(k))
  if (bad) throw new FakeWxError(`createRuntime({ launch }): unknown field ${JSON.stringify(bad)}.`, `Fields: ${KEYS.join(', ')}.`)
  if (settings.scene !== undefined && !(Number.isInteger(settings.scene) && settings.scene > 0)) {
    throw new FakeWxError(`createRuntime({ launch }): scene must be a scene value such as 1001, got ${JSON.stringify(settings.scene)}.`)
  }
  if (settings.referrerInfo !== undefined && typeof settings.referrerInfo?.appId !== 'string') {
    throw new FakeWxError('createRuntime({ launch }): referrerInfo needs the appId of the source: { appId, extraData? }.')
  }
  if (settings.apiCategory !== undefined && !CATEGORIES.includes(settings.apiCategory)) {
    throw new FakeWxError(`createRuntime({ launch }): apiCategory must be one of ${CATEGORIES.join(', ')}.`)
  }
  core.state.set(KEY, { ...settings })
}

/** The launch fields over the defaults, for a launch at `path` with `query`. */
export function launchOptionsFor(core: RuntimeCore, path: string, query: Record<string, string>): LaunchOptions {
  const s = stateOf<LaunchSettings>(core, KEY, () => ({}))
  return {
    path,
    query: { ...query },
    scene: s.scene ?? 1001,
    referrerInfo: s.referrerInfo ? structuredClone(s.referrerInfo) : {},
    apiCategory: s.apiCategory ?? 'default',
    ...(s.shareTicket !== undefined ? { shareTicket: s.shareTicket } : {}),
    ...(s.chatType !== undefined ? { chatType: s.chatType } : {}),
  } as LaunchOptions
}

/** `createRuntime({ appVersion })`: the published version wx.getAccountInfoSync reports in a release build. */
export function setAppVersion(core: RuntimeCore, version: string, key: string): void {
  if (typeof version !== 'string' || !/^\d+(\.\d+)*$/.test(version)) {
    throw new FakeWxError(`createRuntime({ appVersion }) must look like '1.0.0', got ${JSON.stringify(version)}.`)
  }
  core.state.set(key, version)
}
