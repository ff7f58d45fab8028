// Subscription messages (订阅消息) as one runtime sees them: the templates the mini program configured in the MP admin
// (公众平台 → 功能 → 订阅消息), and the user's settings: the main switch and the choices kept with
// "总是保持以上选择，不再询问", which getSetting/openSetting report as `subscriptionsSetting` (getSetting doc, H).
import { stateOf, type RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import type { SubscribeChoice, SubscribeTemplateKind } from './subscribe-answer.ts'

export interface SubscribeTemplate {
  /** The template's title (模板标题): two templates with one title in a call are filtered to one. */
  readonly title: string
  /** 'once' (一次性订阅, default), 'long' (长期订阅) or 'device' (设备订阅, wx.requestSubscribeDeviceMessage). */
  readonly kind?: SubscribeTemplateKind
  /** The backend banned this template (封禁): it answers 'ban' without being shown. */
  readonly banned?: boolean
}

export interface SubscribeMessageOptions {
  /** The mini program's templates by tmplId. An id not here fails 20001, as on a phone. */
  templates?: Record<string, SubscribeTemplate>
  /** The user's main switch (设置 → 订阅消息 → 接收订阅消息). Default on. */
  mainSwitch?: boolean
  /** Choices the user kept earlier ("总是保持以上选择"). */
  itemSettings?: Record<string, 'accept' | 'reject' | 'ban'>
  /** Templates per call: 5 in the current doc (typings); older clients stopped at 3 (decompiled clients, M). Default 5. */
  maxTemplates?: number
  /** The mini program is banned from subscription messages (20005). Default false. */
  banned?: boolean
}

interface SubscribeState {
  readonly templates: Map<string, SubscribeTemplate>
  mainSwitch: boolean
  readonly itemSettings: Map<string, 'accept' | 'reject' | 'ban'>
  maxTemplates: number
  banned: boolean
}

export const subscribeStateOf = (core: RuntimeCore): SubscribeState =>
  stateOf<SubscribeState>(core, 'subscribeMessage', () => ({ templates: new Map(), mainSwitch: true, itemSettings: new Map(), maxTemplates: 5, banned: false }))

const KEPT: readonly unknown[] = ['accept', 'reject', 'ban']

/** createRuntime's `subscribeMessage` option. */
export function setSubscribeOptions(core: RuntimeCore, o: SubscribeMessageOptions): void {
  const state = subscribeStateOf(core)
  for (const [id, t] of Object.entries(o.templates ?? {})) {
    if (typeof t !== 'object' || t === null || typeof t.title !== 'string' || (t.kind !== undefined && !['once', 'long', 'device'].includes(t.kind))) {
      throw new FakeWxError(`subscribeMessage.templates['${id}'] must be { title: string, kind?: 'once' | 'long' | 'device', banned?: boolean }.`)
    }
    state.templates.set(id, t)
  }
  if (o.mainSwitch !== undefined) state.mainSwitch = o.mainSwitch !== false
  for (const [id, v] of Object.entries(o.itemSettings ?? {})) {
    if (!KEPT.includes(v)) throw new FakeWxError(`subscribeMessage.itemSettings['${id}'] must be 'accept', 'reject' or 'ban'.`)
    state.itemSettings.set(id, v)
  }
  if (o.maxTemplates !== undefined) {
    if (!Number.isInteger(o.maxTemplates) || o.maxTemplates < 1) throw new FakeWxError('subscribeMessage.maxTemplates must be a positive integer (5 today, 3 on older clients).')
    state.maxTemplates = o.maxTemplates
  }
  state.banned = o.banned === true
}

/** Stores kept choices ('filter' is never kept: it is the backend's answer for this call only). */
export function keepChoices(core: RuntimeCore, choices: ReadonlyMap<string, SubscribeChoice>): void {
  const state = subscribeStateOf(core)
  for (const [id, choice] of choices) if (choice !== 'filter') state.itemSettings.set(id, choice)
  core.trace.record({ type: 'note', text: `subscription choices kept (总是保持以上选择): ${[...choices].map(([id, c]) => `${id}=${c}`).join(', ')}` })
}

/** `rt.subscriptions`: the user's 订阅消息 settings, as the settings page shows and changes them. */
export interface SubscriptionsHandle {
  readonly mainSwitch: boolean
  readonly itemSettings: Readonly<Record<string, 'accept' | 'reject' | 'ban'>>
  /** The user flips the main switch in 设置 → 订阅消息. */
  setMainSwitch(on: boolean): void
  /** The user changes (or, with undefined, removes) a kept choice in the settings page. */
  setItem(tmplId: string, value: 'accept' | 'reject' | undefined): void
}

export function subscriptionsHandle(core: RuntimeCore): SubscriptionsHandle {
  const state = () => subscribeStateOf(core)
  return {
    get mainSwitch() {
      return state().mainSwitch
    },
    get itemSettings() {
      return Object.fromEntries(state().itemSettings)
    },
    setMainSwitch(on) {
      state().mainSwitch = on
      core.trace.record({ type: 'note', text: `the user turns subscription messages ${on ? 'on' : 'off'} (main switch)` })
    },
    setItem(tmplId, value) {
      if (value === undefined) state().itemSettings.delete(tmplId)
      else state().itemSettings.set(tmplId, value)
      core.trace.record({ type: 'note', text: `the user sets the subscription ${tmplId} to ${value ?? 'ask again'}` })
    },
  }
}
