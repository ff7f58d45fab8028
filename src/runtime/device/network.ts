/**
 * The phone's network connection: what wx.getNetworkType reports and wx.onNetworkStatusChange listeners hear.
 * A test changes it: `rt.device.network.set('none')` (airplane mode), `set('4g')`, `set('wifi', { signalStrength: -60 })`.
 * Default: Wi-Fi. Values: 'wifi' | '2g' | '3g' | '4g' | '5g' | 'unknown' ("Android 下不常见的网络类型") | 'none'
 * (wx.getNetworkType.html, typings, H).
 */
import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Trace } from '../trace/trace.ts'

export const NETWORK_TYPES = ['wifi', '2g', '3g', '4g', '5g', 'unknown', 'none'] as const
export type NetworkType = (typeof NETWORK_TYPES)[number]

export interface NetworkDetails {
  /** dBm. Default -50 on Wi-Fi, -90 on a cellular network, 0 with none (fixture values, L). */
  signalStrength?: number
  /** "设备是否使用了网络代理" (2.22.1). Default false. */
  hasSystemProxy?: boolean
  /** "是否处于弱网环境" (3.5.3). Default false. */
  weakNet?: boolean
}

export interface NetworkStatus {
  isConnected: boolean
  networkType: NetworkType
}

export function checkNetworkType(type: unknown, where: string): NetworkType {
  if (!(NETWORK_TYPES as readonly unknown[]).includes(type)) {
    throw new FakeWxError(`${where}: unknown network type ${JSON.stringify(type)}.`, `Use one of ${NETWORK_TYPES.map((t) => `'${t}'`).join(', ')}.`)
  }
  return type as NetworkType
}

export class NetworkState {
  #type: NetworkType
  #details: Required<NetworkDetails>
  readonly #trace: Trace
  readonly #listeners = new Set<(status: NetworkStatus) => void>()

  constructor(trace: Trace, type: NetworkType = 'wifi') {
    this.#trace = trace
    this.#type = type
    this.#details = defaults(type, {})
  }

  get type(): NetworkType {
    return this.#type
  }

  get isConnected(): boolean {
    return this.#type !== 'none'
  }

  get details(): Readonly<Required<NetworkDetails>> {
    return this.#details
  }

  /**
   * The phone changes network. Listeners (wx.onNetworkStatusChange) hear `{ isConnected, networkType }` when the type
   * changes, asynchronously as the client delivers events; the returned Promise resolves once they ran.
   */
  set(type: NetworkType, details: NetworkDetails = {}): Promise<void> {
    const next = checkNetworkType(type, 'rt.device.network.set')
    const changed = next !== this.#type
    this.#type = next
    this.#details = defaults(next, details)
    this.#trace.record({ type: 'device', change: 'network', value: next })
    if (!changed) return Promise.resolve()
    const status: NetworkStatus = { isConnected: this.isConnected, networkType: next }
    return Promise.resolve().then(() => {
      for (const listener of [...this.#listeners]) listener({ ...status })
    })
  }

  /** Runtime internals: called on every change of the network type. */
  onChange(listener: (status: NetworkStatus) => void): void {
    this.#listeners.add(listener)
  }
}

function defaults(type: NetworkType, d: NetworkDetails): Required<NetworkDetails> {
  const signal = type === 'none' ? 0 : type === 'wifi' ? -50 : -90
  return { signalStrength: d.signalStrength ?? signal, hasSystemProxy: d.hasSystemProxy ?? false, weakNet: d.weakNet ?? false }
}
