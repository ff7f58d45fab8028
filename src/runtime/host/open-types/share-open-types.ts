import type { RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { hostOf } from '../host.ts'
import type { OpenTypeButton, OpenTypeResult } from '../open-types.ts'

/** What a share sends (Page.onShareAppMessage's return value, as the client reads it). */
export interface ShareContent {
  readonly route: string
  readonly from: 'button'
  readonly title?: string
  readonly path: string
  readonly imageUrl?: string
}

/** Every share this runtime made, in order (a test reads them through `page.shares`). */
export const sharesOf = (core: RuntimeCore): ShareContent[] => stateOf(core, 'openType.shares', () => [])

/** "如果该参数存在，则以 resolve 结果为准，如果三秒内不 resolve，分享会使用上面传入的默认参数" (Page.html, H). */
export const SHARE_PROMISE_MS = 3000

/**
 * open-type="share" (1.2.0, "触发用户转发"): the page's onShareAppMessage runs with `{ from: 'button', target }`,
 * `target` being the button (reference/api/Page.html#onShareAppMessage-Object-object, H); what it returns is the
 * share: `title` (default: the mini program's name), `path` (default: the current page, "必须是以 / 开头的完整路径"),
 * `imageUrl`, and `promise` (its value wins when it resolves within 3 s of virtual time). The button reports no event
 * and the app learns nothing of the chat the user picks (no success callback since 2018, M): the share is recorded
 * (`page.shares`, a trace entry) and the tap goes on.
 */
export async function shareButton(core: RuntimeCore, button: OpenTypeButton): Promise<undefined> {
  const page = button.page
  if (!page) return undefined
  const handler = (page.instance as { onShareAppMessage?: unknown }).onShareAppMessage
  const target = { id: button.id ?? '', dataset: { ...button.dataset }, offsetLeft: 0, offsetTop: 0 }
  let returned: unknown
  if (typeof handler === 'function') {
    try {
      returned = handler.call(page.instance, { from: 'button', target })
    } catch (error) {
      hostOf(core).report(error, `${page.route} onShareAppMessage`)
      return undefined
    }
  } else {
    // No onShareAppMessage: the default content (the sources say nothing more; L).
    core.trace.record({ type: 'note', text: `${page.route} has no onShareAppMessage: the share uses the default title and path` })
  }
  const record = (content: unknown) => {
    const c = (typeof content === 'object' && content !== null ? content : {}) as { title?: unknown; path?: unknown; imageUrl?: unknown }
    const share: ShareContent = {
      route: page.route,
      from: 'button',
      ...(typeof c.title === 'string' ? { title: c.title } : {}),
      path: typeof c.path === 'string' ? c.path : `/${page.route}`,
      ...(typeof c.imageUrl === 'string' ? { imageUrl: c.imageUrl } : {}),
    }
    sharesOf(core).push(share)
    core.trace.record({ type: 'page', target: page.route, what: 'share (onShareAppMessage)', detail: share })
  }
  const promise = (returned as { promise?: unknown } | undefined)?.promise
  if (!promise || typeof (promise as PromiseLike<unknown>).then !== 'function') {
    record(returned)
    return undefined
  }
  let done = false
  const fallBack = () => {
    if (done) return
    done = true
    record(returned)
  }
  const cancel = core.clock.schedule(SHARE_PROMISE_MS, fallBack)
  ;(promise as PromiseLike<unknown>).then(
    (value) => {
      if (done) return
      done = true
      cancel()
      record({ ...(returned as object), ...(typeof value === 'object' && value !== null ? value : {}) })
    },
    () => {
      cancel()
      fallBack()
    },
  )
  return undefined
}

/**
 * open-type="contact" (1.1.0): the customer-service chat. "如果用户在会话中点击了小程序消息，则会返回到小程序，开发者可以通过
 * bindcontact 事件回调获取到用户所点消息的页面路径 path 和对应的参数 query"
 * (framework/open-ability/customer-message/customer-message.html, H): detail `{ path, query }` when the user comes
 * back through the card (`send-message-path`, default the current page); leaving the chat otherwise reports nothing.
 */
export async function contactSession(core: RuntimeCore, button: OpenTypeButton): Promise<OpenTypeResult | undefined> {
  const attrs = button.attrs ?? {}
  const route = button.page?.route ?? ''
  const sendMessagePath = typeof attrs['send-message-path'] === 'string' && attrs['send-message-path'] ? attrs['send-message-path'] : route
  const details = {
    sessionFrom: typeof attrs['session-from'] === 'string' ? attrs['session-from'] : '',
    showMessageCard: Boolean(attrs['show-message-card']),
    sendMessagePath,
    sendMessageTitle: typeof attrs['send-message-title'] === 'string' ? attrs['send-message-title'] : '',
  }
  const answer = await core.user.ask('contact', 'contact', details)
  if (answer === 'back') return undefined
  const [path = '', search = ''] = sendMessagePath.split('?')
  const query = Object.fromEntries(new URLSearchParams(search))
  return { event: 'contact', detail: { path, query } }
}
