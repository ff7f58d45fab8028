// The user's login session, and the part of WeChat's server that remembers login codes.
// wx.login: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/login/wx.login.html — a code that is
// good for one jscode2session call within 5 minutes (H); each login may renew the session_key (H: "wx.login
// 调用时，用户的 session_key 可能会被更新").
import { createHmac } from 'node:crypto'
import { stateOf, type RuntimeCore } from '../core.ts'

/** A code wx.login handed out, as WeChat's server remembers it. */
export interface IssuedCode {
  readonly code: string
  readonly appid: string
  readonly openid: string
  readonly unionid: string | undefined
  /** The session_key current when the code was issued (base64 of 16 bytes). */
  readonly sessionKey: string
  readonly issuedAt: number
  /** The issuing runtime's virtual clock: a code expires on the same clock the app runs on. */
  readonly now: () => number
  used: boolean
}

export const CODE_LIFETIME_MS = 5 * 60_000

/**
 * Every code issued in this JS realm, for fake-wx/msw's jscode2session handler. It plays WeChat's server,
 * which is one for everybody, so it is shared; entries are weak, so a finished test's runtime is not kept.
 * Keyed on a global symbol so two copies of fake-wx in one realm still agree.
 */
const REGISTRY_KEY = Symbol.for('fake-wx:issued-login-codes')
function registry(): Map<string, WeakRef<IssuedCode>> {
  const g = globalThis as { [REGISTRY_KEY]?: Map<string, WeakRef<IssuedCode>> }
  return (g[REGISTRY_KEY] ??= new Map())
}

/**
 * How many runtimes of each (appid, openid) have logged in in this realm. Codes derived from (appid, openid, n)
 * alone made two runtimes of one app (two users' phones, or two tests side by side) hand out the same codes, and
 * the second exchange failed 40163 (issue 11, defect 1). Each runtime takes the next number at its first wx.login
 * and mixes it into its codes: unique per runtime, and deterministic, since a test file creates its runtimes in
 * program order. The first runtime of an app keeps the codes it always had. On the global symbol, like the
 * registry, so two copies of fake-wx still hand out distinct codes.
 */
const LOGINS_KEY = Symbol.for('fake-wx:login-runtimes')
function runtimeNumber(appid: string, openid: string): number {
  const g = globalThis as { [LOGINS_KEY]?: Map<string, number> }
  const counts = (g[LOGINS_KEY] ??= new Map())
  const key = `${appid}|${openid}`
  const n = (counts.get(key) ?? 0) + 1
  counts.set(key, n)
  return n
}

export function lookupCode(code: string): IssuedCode | undefined {
  return registry().get(code)?.deref()
}

interface LoginState {
  logins: number
  /** This runtime's number among the runtimes of its (appid, openid) that logged in (see runtimeNumber); 0 until the first login. */
  runtime: number
  /** Strong references to this runtime's codes (the registry only holds weak ones). */
  readonly codes: IssuedCode[]
  encryptions: number
}

const loginStateOf = (core: RuntimeCore): LoginState => stateOf(core, 'login', () => ({ logins: 0, runtime: 0, codes: [], encryptions: 0 }))

/** Deterministic derivations, so the same test gives the same codes and keys on every run. */
function derive(...parts: string[]): Buffer {
  return createHmac('sha256', 'fake-wx').update(parts.join('|')).digest()
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const base62 = (bytes: Buffer, length: number) => [...bytes.subarray(0, length)].map((b) => BASE62[b % 62]).join('')

/** 28 characters starting with 'o', like a real openid; stable for an appid. */
export function defaultOpenid(appid: string): string {
  return `o${derive(appid, 'openid').toString('base64url').slice(0, 27)}`
}

export function accountOf(core: RuntimeCore): { openid: string; unionid: string | undefined } {
  return { openid: core.config.account.openid ?? defaultOpenid(core.config.appid), unionid: core.config.account.unionid }
}

/** wx.login: a new 32-character code and a renewed session_key, remembered by "WeChat's server". */
export function issueCode(core: RuntimeCore): IssuedCode {
  const state = loginStateOf(core)
  const { openid, unionid } = accountOf(core)
  state.runtime ||= runtimeNumber(core.config.appid, openid)
  const n = state.runtime === 1 ? String(++state.logins) : `${++state.logins}@${state.runtime}`
  const code = base62(derive(core.config.appid, openid, 'code', n), 32)
  const issued: IssuedCode = {
    code,
    appid: core.config.appid,
    openid,
    unionid,
    sessionKey: derive(core.config.appid, openid, 'session_key', n).subarray(0, 16).toString('base64'),
    issuedAt: core.clock.now(),
    now: () => core.clock.now(),
    used: false,
  }
  state.codes.push(issued)
  const codes = registry()
  if (codes.size > 1000) for (const [k, ref] of codes) if (!ref.deref()) codes.delete(k)
  codes.set(code, new WeakRef(issued))
  return issued
}

/** The session of the last wx.login, or undefined when the app never logged in. */
export function loginSessionOf(core: RuntimeCore): { sessionKey: string; openid: string; unionid: string | undefined } | undefined {
  const last = loginStateOf(core).codes.at(-1)
  return last && { sessionKey: last.sessionKey, openid: last.openid, unionid: last.unionid }
}

/**
 * The session_key of a login before this runtime started (the client keeps the user's session between
 * launches): deterministic, and unknown to any backend the test runs, since no code of this runtime carries it.
 */
export function earlierSessionKey(core: RuntimeCore): string {
  const { openid } = accountOf(core)
  return derive(core.config.appid, openid, 'session_key', '0').subarray(0, 16).toString('base64')
}

/** A fresh 16-byte IV for each encryption, derived so runs repeat. */
export function nextIv(core: RuntimeCore, sessionKey: string): Buffer {
  const state = loginStateOf(core)
  return derive(sessionKey, 'iv', String(++state.encryptions)).subarray(0, 16)
}
