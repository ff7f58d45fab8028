// The mini program's cloud (云开发) as one runtime sees it: whether wx.cloud.init ran and with which env,
// the cloud functions a test registered (msw-style: `rt.cloud.use({ login: (event, context) => … })`) and
// the cloud storage behind wx.cloud.uploadFile / downloadFile (`rt.cloud.files`).
import { createHash } from 'node:crypto'
import { stateOf, type RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'

/**
 * What the cloud passes a function as its second argument, and what `cloud.getWXContext()` returns there
 * (wxcloud/reference-sdk-api/utils/Cloud.getWXContext: OPENID, APPID, UNIONID "满足 unionid 获取条件时有",
 * ENV "云函数所在环境的 ID", SOURCE 'wx_client' for a call from the mini program; H).
 */
export interface CloudContext {
  readonly OPENID: string
  readonly APPID: string
  readonly UNIONID?: string
  readonly ENV: string
  readonly SOURCE: string
}

/** A cloud function as a test writes it: `exports.main = async (event, context) => …`. */
export type CloudFunction = (event: CloudEvent, context: CloudContext) => unknown

/** The event: the call's `data` (CloudIDs replaced by their open data) plus `userInfo: { appId, openId }`. */
export interface CloudEvent {
  readonly userInfo: { readonly appId: string; readonly openId: string }
  readonly [field: string]: unknown
}

export interface CloudOptions {
  /** Cloud functions by name, as `rt.cloud.use` takes them. */
  functions?: Record<string, CloudFunction>
  /**
   * The mini program's environments (云开发控制台 → 环境). The first is the default one `wx.cloud.init()` without
   * `env` uses. When given, an `env` not in the list fails `-501000 Environment not found` (H, community reports).
   * Default: one environment, `cloud1-<hash of the appid>` (the console's naming, M).
   */
  envs?: readonly string[]
  /** Per function, its timeout in seconds (config.json `timeout`; default 3, at most 300). */
  timeouts?: Record<string, number>
}

/** A file in cloud storage. */
export interface CloudFile {
  readonly fileID: string
  readonly cloudPath: string
  readonly bytes: Uint8Array
  readonly uploadedAt: number
}

interface CloudState {
  /** The env of wx.cloud.init, or undefined before it. */
  env: string | undefined
  traceUser: boolean
  readonly functions: Map<string, CloudFunction>
  /** The functions createRuntime's `cloud.functions` deployed: what rt.cloud.restore() goes back to. */
  readonly initial: Map<string, CloudFunction>
  envs: readonly string[] | undefined
  readonly timeouts: Map<string, number>
  readonly files: Map<string, CloudFile>
  calls: number
}

export const cloudStateOf = (core: RuntimeCore): CloudState =>
  stateOf<CloudState>(core, 'cloud', () => ({ env: undefined, traceUser: false, functions: new Map(), initial: new Map(), envs: undefined, timeouts: new Map(), files: new Map(), calls: 0 }))

/** The default environment of a mini program with none configured: the console names them `cloud1-<6 chars>` (M). */
export function defaultEnvOf(core: RuntimeCore): string {
  const configured = cloudStateOf(core).envs
  if (configured?.[0]) return configured[0]
  return `cloud1-${createHash('md5').update(`${core.config.appid} env`).digest('hex').slice(0, 16)}`
}

/** Whether `env` exists (every env does unless the test listed them). */
export function envExists(core: RuntimeCore, env: string): boolean {
  const { envs } = cloudStateOf(core)
  return !envs || envs.includes(env)
}

export function useCloudFunctions(core: RuntimeCore, functions: Record<string, CloudFunction>): void {
  if (typeof functions !== 'object' || functions === null) {
    throw new FakeWxError('rt.cloud.use needs an object of cloud functions.', "E.g. rt.cloud.use({ login: (event, context) => ({ openid: context.OPENID }) }).")
  }
  const state = cloudStateOf(core)
  for (const [name, fn] of Object.entries(functions)) {
    if (typeof fn !== 'function') {
      throw new FakeWxError(`rt.cloud.use: the cloud function '${name}' must be a function (event, context) => result, got ${typeof fn}.`)
    }
    state.functions.set(name, fn)
  }
}

/** createRuntime's `cloud` option. */
export function setCloudOptions(core: RuntimeCore, options: CloudOptions): void {
  const state = cloudStateOf(core)
  if (options.envs !== undefined) {
    if (!Array.isArray(options.envs) || options.envs.length === 0 || !options.envs.every((e) => typeof e === 'string' && e !== '')) {
      throw new FakeWxError(`cloud.envs must be a non-empty list of environment ids, e.g. ['prod-1', 'test-1'].`)
    }
    state.envs = [...options.envs]
  }
  for (const [name, s] of Object.entries(options.timeouts ?? {})) {
    if (typeof s !== 'number' || !(s >= 1 && s <= 300)) throw new FakeWxError(`cloud.timeouts['${name}'] must be 1–300 seconds (config.json timeout), got ${String(s)}.`)
    state.timeouts.set(name, s)
  }
  if (options.functions) {
    useCloudFunctions(core, options.functions)
    for (const [name, fn] of state.functions) state.initial.set(name, fn)
  }
}

/** Deterministic ids (requestID, callId): a hash of the runtime's call counter and the clock. */
export function nextCloudId(core: RuntimeCore): { n: number; hex: string } {
  const n = ++cloudStateOf(core).calls
  return { n, hex: createHash('sha256').update(`${core.config.appid} cloud call ${n}`).digest('hex') }
}
