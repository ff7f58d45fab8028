/**
 * The network exchanges a runtime made (wx.request / uploadFile / downloadFile), kept for a bug bundle
 * (`rt.bundle().network`, HAR-like), and the fetch a replay answers them from instead of the suite's
 * (`setNetworkSource`, src/repro/replay.ts). Recording keeps references only; the bundle encodes them.
 */
import { stateOf, type RuntimeCore } from '../../core.ts'

export interface Exchange {
  readonly kind: 'request' | 'uploadFile' | 'downloadFile'
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: unknown
  /** Runtime clock when it was sent and when it ended. */
  readonly startedAt: number
  endedAt?: number
  response?: { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly cookies: readonly string[]; readonly body: ArrayBuffer }
  /** No response: the fetch failed with this message, or the app aborted / the timeout fired ('abort' | 'timeout'). */
  error?: string
}

/** A fetch the runtime uses instead of `globalThis.fetch` (a replay's recorded responses). */
export type NetworkSource = (url: string, init: { method: string; headers: Record<string, string>; body: unknown; signal: AbortSignal }) => Promise<Response>

interface NetworkLog {
  readonly exchanges: Exchange[]
  source: NetworkSource | undefined
}

const logOf = (core: RuntimeCore): NetworkLog => stateOf(core, 'network.log', () => ({ exchanges: [], source: undefined }))

export function exchangesOf(core: RuntimeCore): readonly Exchange[] {
  return logOf(core).exchanges
}

export function setNetworkSource(core: RuntimeCore, source: NetworkSource | undefined): void {
  logOf(core).source = source
}

export function networkSourceOf(core: RuntimeCore): NetworkSource | undefined {
  return logOf(core).source
}

export function startExchange(core: RuntimeCore, exchange: Omit<Exchange, 'startedAt'>): Exchange {
  const started: Exchange = { ...exchange, startedAt: core.clock.now() }
  logOf(core).exchanges.push(started)
  return started
}
