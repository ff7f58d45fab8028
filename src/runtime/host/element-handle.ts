import type { RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { openTypeAction } from './open-types.ts'
import type { PageRecord } from './page-instance.ts'
import { getByText, query, queryAll } from './queries.ts'
import { privacyOf } from '../privacy/privacy-state.ts'
import { isHidden, textContent, walkComposed } from './wxml/composed.ts'
import { BUBBLING_EVENTS } from './wxml/dispatch.ts'
import type { ViewOwner, WxmlElement } from './wxml/tree.ts'
import type { PageView } from './wxml/view.ts'

/**
 * A node of the rendered page as a test holds it. The handle finds its node again after each re-render (by
 * its owner and its place in the WXML), so it stays valid while the node is on screen.
 */
export interface ElementHandle {
  readonly tag: string
  readonly id: string
  /** Its text as shown (all text under it, components' included), trimmed. */
  readonly text: string
  /** `data-*` as the event's dataset has them (camelCased). */
  readonly dataset: Readonly<Record<string, unknown>>
  /** An attribute's evaluated value (`attr('open-type')`, `attr('data-id')`, `attr('value')`); undefined when absent. */
  attr(name: string): unknown
  /** False once a re-render removed the node. */
  readonly exists: boolean
  /** The user taps it: `tap` goes through the tree (capture, bubbling) inside the tap gesture; a `<button open-type>` then runs its action. */
  tap(): Promise<void>
  /** The user types `value` into an `<input>` / `<textarea>`: bindinput with `{ value, cursor, keyCode }`; `model:value` updates the data. */
  input(value: string): Promise<void>
  /**
   * The field loses focus: bindblur with `{ value }`. On an `<input type="nickname">` WeChat then checks the
   * nickname (the `nicknameReview` prompt): bindnicknamereview `{ pass, timeout }`, a rejected one is cleared.
   */
  blur(): Promise<void>
  /** The user changes a `<switch>`, `<slider>`, `<picker>`, `<radio-group>`, `<checkbox-group>`: bindchange with `{ value }`. */
  change(value: unknown): Promise<void>
  /** Any event from this node, bubbling as the client's event of that type does. */
  trigger(type: string, detail?: unknown): Promise<void>
  query(selector: string): ElementHandle | null
  queryAll(selector: string): ElementHandle[]
  getByText(text: string | RegExp): ElementHandle | null
}

/** What a handle needs from its page. */
export interface HandleScope {
  readonly core: RuntimeCore
  readonly page: PageRecord
  readonly view: PageView
  /** Throws when the page is not on screen ("The user cannot tap … on <route>"). */
  onScreen(what: string): void
  settle(): Promise<void>
}

/**
 * What the user put into a field (typed text, a toggled switch): the field shows it until the data bound to the
 * attribute changes (`bound` is the attribute's value when the user acted).
 */
const userValues = new WeakMap<ViewOwner, Map<string, { value: unknown; bound: unknown }>>()

function userValue(n: WxmlElement, attribute: string): unknown {
  const entry = userValues.get(n.owner)?.get(`${n.key}|${attribute}`)
  return entry && entry.bound === n.attrs[attribute] ? entry.value : n.attrs[attribute]
}

function setUserValue(n: WxmlElement, attribute: string, value: unknown): void {
  let m = userValues.get(n.owner)
  if (!m) userValues.set(n.owner, (m = new Map()))
  m.set(`${n.key}|${attribute}`, { value, bound: n.attrs[attribute] })
}

function locate(scope: HandleScope, owner: ViewOwner, key: string): { node: WxmlElement; ancestors: readonly WxmlElement[] } | undefined {
  for (const found of walkComposed(scope.view.root)) if (found.node.owner === owner && found.node.key === key) return found
  return undefined
}

export function elementHandle(scope: HandleScope, first: WxmlElement): ElementHandle {
  const { owner, key, tag } = first
  const where = `<${tag}${first.id ? ` id="${first.id}"` : ''}> (${first.source.file}:${first.source.line})`
  const current = () => {
    const found = locate(scope, owner, key)
    if (!found) throw new FakeWxError(`${where} is no longer on the page: a re-render removed it.`, 'Query it again after the change (page.query / page.getByText).')
    return found
  }
  const node = () => current().node
  const reachable = (what: string) => {
    scope.onScreen(`${what} ${where}`)
    const found = current()
    if (isHidden(found.node, found.ancestors)) throw new FakeWxError(`The user cannot ${what} ${where}: it is hidden (hidden attribute on it or an ancestor).`)
    return found.node
  }
  const run = async (results: unknown[]) => {
    await Promise.all(results)
    await scope.settle()
  }
  const dispatchOn = (n: WxmlElement, type: string, detail: unknown) =>
    scope.view.dispatch(n, { type, detail, bubbles: BUBBLING_EVENTS.has(type), composed: BUBBLING_EVENTS.has(type), capturePhase: BUBBLING_EVENTS.has(type) })
  const model = (n: WxmlElement, attribute: string, value: unknown) => {
    const path = n.models?.[attribute]
    if (!path) return
    const setData = (n.owner.instance as { setData?: (patch: Record<string, unknown>) => void }).setData
    if (typeof setData === 'function') setData.call(n.owner.instance, { [path]: value })
  }
  const methods: Omit<ElementHandle, 'tag' | 'id' | 'text' | 'dataset' | 'exists'> = {
    attr(name) {
      const n = node()
      if (name === 'value' || name === 'checked') return userValue(n, name)
      if (name.startsWith('data-')) {
        const k = name.slice(5).toLowerCase().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
        return n.dataset[k]
      }
      if (name.startsWith('mark:')) return n.marks[name.slice(5)]
      if (name === 'id') return n.id || undefined
      return n.attrs[name]
    },
    async tap() {
      const n = reachable('tap')
      // The path is the one under the finger when the tap starts: a handler may remove the node (closing a popup).
      const path = [n, ...current().ancestors.slice().reverse()]
      scope.core.trace.record({ type: 'note', text: 'user tap' })
      const results = scope.core.gesture.within(() => dispatchOn(n, 'tap', { x: 0, y: 0 }))
      // A tap inside a <button> is a tap on the button: its open-type runs (component/button.html, H).
      const button = path.find((a) => a.tag === 'button')
      const openType = button?.attrs['open-type']
      if (button && typeof openType === 'string' && openType && !isDisabled(button)) {
        for (const type of openType.split('|').filter(Boolean)) {
          const action = openTypeAction(type)
          scope.core.trace.record({ type: 'page', target: scope.page.route, what: `button open-type=${type}` })
          const result = await action(scope.core, { id: button.id, dataset: button.dataset, attrs: button.attrs, page: scope.page })
          if (!result) continue
          const now = locate(scope, button.owner, button.key)?.node ?? button
          results.push(...scope.view.dispatch(now, { type: result.event, detail: result.detail, bubbles: false, composed: false, capturePhase: false }))
        }
      }
      // <button form-type="submit|reset"> inside a <form>: bindsubmit with { value: { name: value }, formId } (component/form.html, H).
      const formType = button?.attrs['form-type']
      const form = path.find((a) => a.tag === 'form')
      if (button && form && (formType === 'submit' || formType === 'reset') && !isDisabled(button)) {
        const now = locate(scope, form.owner, form.key)?.node ?? form
        if (formType === 'submit') results.push(...scope.view.dispatch(now, { type: 'submit', detail: { value: formValues(now), formId: '' }, bubbles: false, composed: false, capturePhase: false }))
        else {
          for (const { node: field } of walkComposed(now)) userValues.get(field.owner)?.delete(`${field.key}|value`)
          results.push(...scope.view.dispatch(now, { type: 'reset', detail: {}, bubbles: false, composed: false, capturePhase: false }))
        }
      }
      // A tap on a <switch> / <checkbox>-less switch toggles it: bindchange { value } (component/switch.html, H).
      if (n.tag === 'switch' && !isDisabled(n)) {
        const checked = !userValue(n, 'checked')
        setUserValue(n, 'checked', checked)
        model(n, 'checked', checked)
        const now = locate(scope, owner, key)?.node ?? n
        setUserValue(now, 'checked', checked)
        results.push(...scope.view.dispatch(now, { type: 'change', detail: { value: checked }, bubbles: false, composed: false, capturePhase: false }))
      }
      await run(results)
    },
    async input(value) {
      if (typeof value !== 'string') throw new FakeWxError(`${where}.input(value) needs a string, got ${typeof value}.`)
      const n = reachable('type into')
      if (n.tag !== 'input' && n.tag !== 'textarea' && n.tag !== 'editor') throw new FakeWxError(`The user cannot type into ${where}: only <input>, <textarea> take text.`, 'Query the <input> itself.')
      if (isDisabled(n)) throw new FakeWxError(`The user cannot type into ${where}: it is disabled.`)
      model(n, 'value', value)
      // bindinput: event.detail = { value, cursor, keyCode } (component/input.html, H); keyCode of the last character typed (ours).
      const detail = { value, cursor: value.length, keyCode: value ? value.charCodeAt(value.length - 1) : 8 }
      const results = scope.view.dispatch(node(), { type: 'input', detail, bubbles: false, composed: false, capturePhase: false })
      // "bindinput 处理函数可以直接 return 一个字符串，将替换输入框的内容" (input.html, H).
      const replaced = results.find((r) => typeof r === 'string') as string | undefined
      setUserValue(node(), 'value', replaced ?? value)
      await run(results)
    },
    async blur() {
      const n = reachable('leave')
      if (n.tag !== 'input' && n.tag !== 'textarea' && n.tag !== 'editor') throw new FakeWxError(`The user cannot leave ${where}: only <input>, <textarea> take focus.`)
      const value = String(userValue(n, 'value') ?? '')
      // bindblur: "输入框失去焦点时触发，event.detail = { value, encryptedValue, encryptError }" (component/input.html, H; the
      // encrypted fields belong to type="safe-password").
      const results = scope.view.dispatch(n, { type: 'blur', detail: { value }, bubbles: false, composed: false, capturePhase: false })
      await run(results)
      if (n.attrs.type === 'nickname') {
        await nicknameReview(scope, value, node, () => {
          model(node(), 'value', '')
          setUserValue(node(), 'value', '')
        })
      }
    },
    async change(value) {
      const n = reachable('change')
      if (isDisabled(n)) throw new FakeWxError(`The user cannot change ${where}: it is disabled.`)
      const attribute = n.tag === 'switch' || n.tag === 'checkbox' ? 'checked' : 'value'
      const detailValue = n.tag === 'switch' ? Boolean(value) : value
      model(n, attribute, detailValue)
      setUserValue(node(), attribute, detailValue)
      await run(scope.view.dispatch(node(), { type: 'change', detail: { value: detailValue }, bubbles: false, composed: false, capturePhase: false }))
    },
    async trigger(type, detail = {}) {
      const n = reachable(`trigger "${type}" on`)
      await run(dispatchOn(n, type, detail))
    },
    query(selector) {
      const found = query(node(), selector)
      return found ? elementHandle(scope, found) : null
    },
    queryAll(selector) {
      return queryAll(node(), selector).map((n) => elementHandle(scope, n))
    },
    getByText(text) {
      const found = getByText(node(), text)
      return found ? elementHandle(scope, found) : null
    },
  }
  // tag, then the shared accessors (state in a slot), then the methods: the order the literal had.
  const handle = Object.defineProperties({ tag }, ELEMENT_ACCESSORS) as ElementHandle
  Object.defineProperty(handle, ELEMENT_OF, { value: { node, exists: () => locate(scope, owner, key) !== undefined } satisfies ElementState })
  Object.defineProperties(handle, Object.getOwnPropertyDescriptors(methods))
  return handle
}

/*
 * An element handle's accessors, shared by every handle, its state in a symbol slot (issue 14): getters written
 * in the handle's literal gave each handle an old-space map of its own pointing at their closures, and so at the
 * runtime, which kept every runtime a test queried alive through scavenges.
 */
const ELEMENT_OF = Symbol('fake-wx:element-handle')

interface ElementState {
  /** The node now (throws once a re-render removed it). */
  node(): WxmlElement
  exists(): boolean
}

const stateOf = (handle: object): ElementState => (handle as { [ELEMENT_OF]: ElementState })[ELEMENT_OF]

const ELEMENT_ACCESSORS = {
  id: {
    get(this: object) {
      return stateOf(this).node().id
    },
    enumerable: true,
    configurable: true,
  },
  text: {
    get(this: object) {
      return textContent(stateOf(this).node()).trim()
    },
    enumerable: true,
    configurable: true,
  },
  dataset: {
    get(this: object) {
      return { ...stateOf(this).node().dataset }
    },
    enumerable: true,
    configurable: true,
  },
  exists: {
    get(this: object) {
      return stateOf(this).exists()
    },
    enumerable: true,
    configurable: true,
  },
} satisfies Record<string, PropertyDescriptor>

/**
 * `<input type="nickname">` (2.21.2; framework/open-ability/userProfile.html, H): "从基础库2.24.4版本起，在onBlur 事件触发时，
 * 微信将异步对用户输入的内容进行安全监测，若未通过安全监测，微信将清空用户输入的内容"; the result reaches
 * bindnicknamereview as `{ pass, timeout }` ("用户昵称审核完毕后触发，仅在 type 为 "nickname" 时有效", input.html, H).
 * A timeout keeps the text (L: not documented). Without consent to the privacy guide's 昵称、头像 the field is a plain
 * text field: no review (research.md §6.4, "silently degrades to type=text", M).
 */
async function nicknameReview(scope: HandleScope, value: string, field: () => WxmlElement, clear: () => void): Promise<void> {
  const { core } = scope
  const privacy = privacyOf(core)
  if (core.config.features.privacy && !(privacy.declared.has('userInfo') && privacy.agreed.has('userInfo'))) {
    core.trace.record({ type: 'note', text: '<input type="nickname"> without consent to the privacy guide (昵称、头像): a plain text field, no nickname review' })
    return
  }
  const answer = await core.user.ask('nicknameReview', 'nicknameReview', { value })
  if (answer === 'reject') clear()
  const detail = { pass: answer === 'pass', timeout: answer === 'timeout' }
  await Promise.all(scope.view.dispatch(field(), { type: 'nicknamereview', detail, bubbles: false, composed: false, capturePhase: false }))
  await scope.settle()
}

/** A boolean attribute as the client reads it: "不要直接写 checked="false"，其计算结果是一个字符串，转成 boolean 类型后代表真值" (data_bind.html, H). */
/** The named fields under a form, as bindsubmit's detail.value has them (component/form.html; wx://form-field components). */
function formValues(form: WxmlElement): Record<string, unknown> {
  const value: Record<string, unknown> = {}
  for (const { node } of walkComposed(form)) {
    const field = (node.component as { formField?: { name: string; value: unknown } } | undefined)?.formField
    if (field) {
      if (field.name) value[field.name] = field.value
      continue
    }
    const name = node.attrs.name
    if (typeof name !== 'string' || !name) continue
    if (node.tag === 'switch' || node.tag === 'checkbox') value[name] = Boolean(userValue(node, 'checked'))
    else if (node.tag === 'input' || node.tag === 'textarea' || node.tag === 'slider' || node.tag === 'picker' || node.tag === 'radio-group' || node.tag === 'checkbox-group') {
      const v = userValue(node, 'value')
      value[name] = v ?? (node.tag === 'slider' ? 0 : '')
    }
  }
  return value
}

function isDisabled(n: WxmlElement): boolean {
  return Boolean(n.attrs.disabled)
}
