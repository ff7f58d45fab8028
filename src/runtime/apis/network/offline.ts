// With no network (`rt.device.network.set('none')`), a transfer fails as the phone's own network stack says so,
// after the URL and domain checks (those are the base library's, made before anything is sent):
// - iOS: NSURLErrorNotConnectedToInternet (-1009), localised: 'request:fail 似乎已断开与互联网的连接。' on a Chinese
//   phone, '… The Internet connection appears to be offline.' on an English one (M: both matched by many shipped apps).
// - Android: the host lookup fails: 'Unable to resolve host "<host>": No address associated with hostname'
//   (L: apps match the 'request:fail Unable to resolve host' prefix; the tail is Java's UnknownHostException text).
// - DevTools / PC: Chromium's 'net::ERR_INTERNET_DISCONNECTED' (L).
import type { ApiContext } from '../../core.ts'
import { failure, type Outcome } from '../../errors/wx-error.ts'

export function offline(ctx: ApiContext, url: string): Outcome<never> | undefined {
  if (ctx.device.network.isConnected) return undefined
  if (ctx.config.platform === 'ios') {
    const english = !ctx.device.system.values.language.startsWith('zh')
    return failure(english ? 'The Internet connection appears to be offline.' : '似乎已断开与互联网的连接。')
  }
  if (ctx.config.platform === 'android') return failure(`Unable to resolve host "${hostOf(url)}": No address associated with hostname`)
  return failure('net::ERR_INTERNET_DISCONNECTED')
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return url
  }
}
