// https://developers.weixin.qq.com/miniprogram/dev/framework/ability/network.html "服务器域名配置" (H):
//  - https only for request/uploadFile/downloadFile; no IP or localhost;
//  - a configured port must match exactly; with no port configured, the URL may not carry one, not even :443;
//  - api.weixin.qq.com cannot be configured;
//  - DevTools' "不校验合法域名…" setting, or debug mode on a phone, skips the check.
// Refusal: `<api>:fail url not in domain list`, errno 600002 (decompiled Android JsApiCreateRequestTask
// "url not in domain list"; errno from community reports quoting PublicErrno; H).
import type { ApiContext } from '../../core.ts'
import type { DomainKind, DomainLists, NetworkConfig, Origin } from '../../config.ts'
import type { EnvVersion } from '../../device/device.ts'
import type { Platform } from '../../device/platforms.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { failure, type Outcome } from '../../errors/wx-error.ts'

export type { DomainKind, DomainLists, NetworkConfig } from '../../config.ts'

const NEVER_LEGAL = 'api.weixin.qq.com'

/** The scheme, host and port exactly as written (the WHATWG URL parser would drop a default port). */
function originOf(url: string): Origin | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#:@]+)(?::(\d+))?(?:[/?#]|$)/i.exec(url)
  return m ? { protocol: m[1]!.toLowerCase(), host: m[2]!.toLowerCase(), port: m[3] ?? '' } : undefined
}

/** No server domains listed: one frozen config per urlCheck, shared by runtimes (issue 14: ~0.2 KB of each runtime's config). */
const noDomains = (urlCheck: boolean): NetworkConfig =>
  Object.freeze({ domains: Object.freeze({ request: Object.freeze([]), uploadFile: Object.freeze([]), downloadFile: Object.freeze([]) }), urlCheck })
const NO_DOMAINS = { checked: noDomains(true), unchecked: noDomains(false) }

export function resolveNetworkConfig(o: { domains?: DomainLists; urlCheck?: boolean; platform: Platform; envVersion: EnvVersion }): NetworkConfig {
  const urlCheck = o.urlCheck ?? true
  if (!urlCheck && o.platform !== 'devtools' && o.envVersion === 'release') {
    throw new FakeWxError(
      `urlCheck: false cannot apply to a release build on ${o.platform}: only DevTools' setting or debug mode (develop/trial builds) skips the domain check.`,
      `Use platform: 'devtools', an envVersion of 'develop' or 'trial', or list the domain: domains: { request: ['https://api.example.com'] }.`,
    )
  }
  if (o.domains === undefined) return urlCheck ? NO_DOMAINS.checked : NO_DOMAINS.unchecked
  const lists = o.domains
  const domains = { request: [] as Origin[], uploadFile: [] as Origin[], downloadFile: [] as Origin[] }
  for (const [kind, entries] of Object.entries(lists)) {
    if (!(kind in domains)) {
      throw new FakeWxError(`domains.${kind} is not a server-domain list.`, `Lists: request, uploadFile, downloadFile.`)
    }
    for (const entry of entries ?? []) {
      const origin = originOf(entry.includes('://') ? entry : `https://${entry}`)
      if (!origin || origin.protocol !== 'https') {
        throw new FakeWxError(`domains.${kind} entry ${JSON.stringify(entry)} is not an https domain.`, `Write it as 'https://api.example.com' (a port is allowed: 'https://api.example.com:8443').`)
      }
      if (origin.host === NEVER_LEGAL) {
        throw new FakeWxError(`${NEVER_LEGAL} cannot be a server domain: the admin console refuses it, and the mini program may not call it.`, `Call it from your backend (fake-wx/msw answers jscode2session there).`)
      }
      domains[kind as DomainKind].push(origin)
    }
  }
  return { domains, urlCheck }
}

/** The invalid-URL check the base library makes first: `<api>:fail invalid url "<url>"`, errno 600009 (M). */
export function checkUrl(url: string): Outcome<never> | undefined {
  return /^https?:\/\//i.test(url) ? undefined : failure(`invalid url "${url}"`, 600009)
}

export function checkDomain(ctx: ApiContext, kind: DomainKind, url: string): Outcome<never> | undefined {
  if (!ctx.config.network.urlCheck) return undefined
  const origin = originOf(url)
  const legal =
    origin !== undefined &&
    origin.protocol === 'https' &&
    origin.host !== NEVER_LEGAL &&
    ctx.config.network.domains[kind].some((d) => d.host === origin.host && d.port === origin.port)
  return legal ? undefined : failure('url not in domain list', 600002)
}
