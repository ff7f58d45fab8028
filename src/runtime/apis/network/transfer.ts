// One HTTP exchange for wx.request / uploadFile / downloadFile, through the suite's fetch.
import type { ApiContext } from '../../core.ts'
import { ERRNO } from '../../errors/errno.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { failure, type Outcome } from '../../errors/wx-error.ts'
import { internalsOf } from './network-task.ts'
import { networkSourceOf, startExchange } from './exchanges.ts'

export interface TransferInit {
  readonly url: string
  readonly method: string
  readonly headers: Record<string, string>
  readonly body?: RequestInit['body']
}

export interface Received {
  readonly statusCode: number
  /** Header names in canonical case ('Content-Type'), as the client reports them. */
  readonly header: Record<string, string>
  readonly cookies: string[]
  readonly body: ArrayBuffer
}

/** Default when neither the call nor app.json's networkTimeout sets one: 60 s (network.html "默认超时时间是 60s"; Android 60000; H). */
export const DEFAULT_TIMEOUT_MS = 60_000

export function timeoutOf(ctx: ApiContext, kind: 'request' | 'uploadFile' | 'downloadFile', own: number | undefined): number {
  if (typeof own === 'number' && own > 0) return own
  return ctx.config.appJson.networkTimeout?.[kind] ?? DEFAULT_TIMEOUT_MS
}

/**
 * Sends the request with `globalThis.fetch` **looked up now**, not at import: msw's `server.listen()`
 * patches fetch after fake-wx is loaded, and a fetch captured earlier would bypass it (anchors-style.md §9).
 * Ends with the response, or with `abort` / `timeout` (network-task.ts; the timeout runs on the runtime's
 * virtual clock, never on real or faked timers) / a network failure, as the client words them.
 */
export async function transfer(task: object, init: TransferInit, headersReceived: (r: Omit<Received, 'body'>) => object): Promise<Outcome<never> | Received> {
  const t = internalsOf(task)
  // A replay answers from its recording (exchanges.ts); otherwise the suite's fetch, looked up now.
  const fetchNow = networkSourceOf(t.ctx) ?? globalThis.fetch
  if (typeof fetchNow !== 'function') {
    throw new FakeWxError(`wx.${t.kind} needs globalThis.fetch (Node 18+), and there is none.`)
  }
  const record = startExchange(t.ctx, { kind: t.kind, method: init.method, url: init.url, headers: init.headers, ...(init.body !== undefined ? { body: init.body } : {}) })
  const exchange = (async (): Promise<Received> => {
    const response = await (fetchNow as typeof fetch)(init.url, { method: init.method, headers: init.headers, body: init.body ?? null, signal: t.controller.signal })
    const head = { statusCode: response.status, header: headerObject(response.headers), cookies: response.headers.getSetCookie?.() ?? [] }
    t.emit('headers', headersReceived(head))
    const received = { ...head, body: await response.arrayBuffer() }
    record.response = { status: received.statusCode, headers: received.header, cookies: received.cookies, body: received.body }
    return received
  })()
  const end = (error?: string) => {
    record.endedAt = t.ctx.clock.now()
    if (error !== undefined) record.error = error
  }
  const ended = await Promise.race([
    exchange.then(
      (received) => ({ received }),
      (error: unknown) => ({ error }),
    ),
    t.stopped.then((reason) => ({ reason })),
  ])
  if ('reason' in ended) {
    t.controller.abort()
    exchange.catch(() => undefined) // the cancelled fetch rejects; nobody waits for it
    end(ended.reason)
    // `request:fail abort` (H: apps compare it); `request:fail timeout`, errno 5 "time out" (PublicErrno; errno L).
    return ended.reason === 'abort' ? failure('abort') : failure('timeout', ERRNO.timeout)
  }
  if ('error' in ended) {
    // No response at all (msw's HttpResponse.error(), an unhandled request …). The client's text varies by
    // platform and network stack; fake-wx reports fetch's message with errno 600000 "unknown network error" (L).
    const message = ended.error instanceof Error ? ended.error.message : String(ended.error)
    end(message)
    return failure(message, 600000)
  }
  end()
  return ended.received
}

/**
 * Response headers as an object with names in canonical case: fetch lowercases names, while the client hands
 * back what the server sent, which is canonical case for almost every server (iOS normalises to it; M).
 * Repeated headers are joined with ', '.
 */
export function headerObject(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => {
    const key = name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase())
    out[key] = key in out ? `${out[key]}, ${value}` : value
  })
  return out
}

/** The client's rule for header values it sends: strings as they are, numbers as text, anything else by its tag (base library `convertObjectValueToString`; M). */
export function headerValues(header: unknown): Record<string, string> {
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return {}
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(header)) {
    out[k] = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : Object.prototype.toString.call(v)
  }
  return out
}

/**
 * `Referer: https://servicewechat.com/{appid}/{version}/page-frame.html`, which an app cannot set; version
 * 0 for develop/trial builds, 'devtools' in DevTools, the release's version number otherwise (network.html; H).
 * fake-wx has no release number, so a release build says 1.
 */
export function refererOf(ctx: ApiContext): string {
  const version = ctx.config.platform === 'devtools' ? 'devtools' : ctx.config.envVersion === 'release' ? '1' : '0'
  return `https://servicewechat.com/${ctx.config.appid}/${version}/page-frame.html`
}

/** Adds the client's own headers; an app's Referer is dropped ("header 中不能设置 Referer"). */
export function withClientHeaders(ctx: ApiContext, headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() !== 'referer') out[k] = v
  out.Referer = refererOf(ctx)
  return out
}
