/**
 * A replay's network: the recorded exchanges answer the app's requests (method + URL, in the order they were
 * recorded, each answer used once), so neither msw nor a server runs. A request the recording lacks goes to
 * the suite's fetch, or, in strict mode, fails as nock's lockdown does (and is reported as a difference).
 */
import type { NetworkSource } from '../runtime/apis/network/exchanges.ts'
import { bodyBytes, type BundleNetworkEntry } from './bundle.ts'

export interface RecordedNetwork {
  readonly source: NetworkSource
  /** Requests nothing was recorded for: `GET https://…`. */
  readonly unrecorded: string[]
}

/** Statuses whose Response has no body (fetch spec: null body status). */
const NULL_BODY = new Set([101, 103, 204, 205, 304])

export function recordedNetwork(entries: readonly BundleNetworkEntry[], strict: boolean, onUnrecorded: (request: string) => void): RecordedNetwork {
  const queues = new Map<string, BundleNetworkEntry[]>()
  for (const entry of entries) {
    const key = keyOf(entry.request.method, entry.request.url)
    queues.set(key, [...(queues.get(key) ?? []), entry])
  }
  const unrecorded: string[] = []
  const source: NetworkSource = (url, init) => {
    const key = keyOf(init.method, url)
    const entry = queues.get(key)?.shift()
    if (!entry) {
      unrecorded.push(key)
      onUnrecorded(key)
      if (strict) return Promise.reject(new TypeError(`fake-wx replay (strict): no recorded response for ${key}`))
      return globalThis.fetch(url, init as RequestInit)
    }
    if (entry.response) return Promise.resolve(responseOf(entry.response))
    if (entry.error === 'abort' || entry.error === 'timeout') {
      // It never got an answer: wait, as the recording did, until the app aborts or the timeout fires.
      return new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason), { once: true }))
    }
    return Promise.reject(new TypeError(entry.error ?? 'fetch failed'))
  }
  return { source, unrecorded }
}

function keyOf(method: string, url: string): string {
  return `${method.toUpperCase()} ${url}`
}

function responseOf(r: NonNullable<BundleNetworkEntry['response']>): Response {
  const headers = new Headers()
  for (const h of r.headers) headers.append(h.name, h.value)
  for (const c of r.cookies ?? []) headers.append('Set-Cookie', c)
  const body = NULL_BODY.has(r.status) ? null : bodyBytes(r.content)
  return new Response(body, { status: r.status, headers })
}
