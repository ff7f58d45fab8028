// WeChat's server side of login: GET https://api.weixin.qq.com/sns/jscode2session
//   ?appid=APPID&secret=SECRET&js_code=JSCODE&grant_type=authorization_code
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html (H):
// success { session_key, openid, unionid? } (unionid only when the user is bound to an open-platform account);
// failure { errcode, errmsg }: 40029 invalid code (H), 40163 code been used (community reports; M),
// 41002 / 41004 / 41008 for a missing appid / secret / code and 40125 invalid appsecret (global return codes; M).
// errmsg ends with ", rid: …" like the live server's.
import { createHash } from 'node:crypto'
import { CODE_LIFETIME_MS, lookupCode } from './session.ts'

export interface Code2SessionOptions {
  /** When set, a request with another secret gets 40125 invalid appsecret. */
  readonly secret?: string
}

export type Code2SessionBody =
  | { session_key: string; openid: string; unionid?: string }
  | { errcode: number; errmsg: string }

export function code2Session(query: URLSearchParams, options: Code2SessionOptions = {}): Code2SessionBody {
  const appid = query.get('appid')
  const secret = query.get('secret')
  const jsCode = query.get('js_code')
  const rid = ridOf(query.toString())
  const error = (errcode: number, text: string) => ({ errcode, errmsg: `${text}, rid: ${rid}` })
  if (!appid) return error(41002, 'appid missing')
  if (!secret) return error(41004, 'appsecret missing')
  if (!jsCode) return error(41008, 'missing code')
  if (query.get('grant_type') !== 'authorization_code') return error(40002, 'invalid grant_type')
  if (options.secret !== undefined && secret !== options.secret) return error(40125, 'invalid appsecret')
  const issued = lookupCode(jsCode)
  // A code from another mini program, an unknown code and an expired one all read "invalid code".
  if (!issued || issued.appid !== appid || issued.now() - issued.issuedAt > CODE_LIFETIME_MS) return error(40029, 'invalid code')
  if (issued.used) return error(40163, 'code been used')
  issued.used = true
  return { session_key: issued.sessionKey, openid: issued.openid, ...(issued.unionid ? { unionid: issued.unionid } : {}) }
}

/** The live server's request id shape: three dash-separated hex groups. */
function ridOf(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 16)}-${h.slice(16, 24)}`
}
