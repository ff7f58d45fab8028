// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html
// wx.cloud.callFunction({ name, data, config }): runs a cloud function; success `{ errMsg: 'cloud.callFunction:ok',
// result, requestID }` (H). The function gets `event` = data plus `userInfo: { appId, openId }` (H) and the caller's
// identity, which the real cloud gives through `cloud.getWXContext()` (OPENID, APPID, UNIONID, ENV, SOURCE; H) —
// here it is the handler's second argument. Top-level CloudIDs in data arrive as open data (cloud-id.ts).
// The data travels as JSON, and so does the result. "当小程序端调用云函数时，云函数的传入参数中会被注入小程序端用户的
// openid … 与 openid 一起同时注入云函数的还有小程序的 appid" (云开发 guide, quoted in community copies; H): event.userInfo.
// A function runs at most its timeout (config.json `timeout`, default 3 s, 1–300 s; M), on the runtime clock.
import type { RuntimeCore } from '../../core.ts'
import { accountOf } from '../../open-data/session.ts'
import { cloudError, type CloudMethod, type CloudOutcome } from './cloud-call.ts'
import { resolveCloudIDs } from './cloud-id.ts'
import { cloudStateOf, envExists, nextCloudId, type CloudContext, type CloudEvent } from './cloud-state.ts'

/**
 * Failures the cloud reports, as the client words them (`<api>:fail Error: errCode: <code> <ERR_CODE text> | errMsg: …`):
 *  - -501000 "FunctionName parameter could not be found." for a function not deployed (buhuia/xixili#1, H);
 *  - -501000 "Environment not found" for an env that does not exist (wuhou123/wxxcx#5, H);
 *  - -504002 "functions execute fail" when the function throws; errMsg is what it threw, stack included (public
 *    app reports of TypeError stacks, H); the text after "| errMsg: " is the thrown error's.
 */
export const CLOUD_FUNCTION_ERRORS = {
  functionNotFound: { errCode: -501000, text: 'FunctionName parameter could not be found.' },
  envNotFound: { errCode: -501000, text: 'Environment not found' },
  executeFail: { errCode: -504002, text: 'functions execute fail' },
  /** -504003 on a timeout (apps test this code, H); "Invoking task timed out after 3 seconds" (M). */
  timeout: { errCode: -504003, text: '' },
} as const

/** A cloud function's default timeout (config.json `timeout`, seconds). */
export const DEFAULT_TIMEOUT_S = 3

const TIMED_OUT = Symbol('timed out')

interface CallFunctionOptions {
  name: string
  data?: Record<string, unknown>
}

export const callFunction: CloudMethod<CallFunctionOptions> = {
  name: 'callFunction',
  params: { name: 'String!', data: 'Object' },
  async run(core, { name, data }, env) {
    const api = 'cloud.callFunction'
    if (!envExists(core, env)) return systemError(core, api, CLOUD_FUNCTION_ERRORS.envNotFound)
    const fn = cloudStateOf(core).functions.get(name)
    if (!fn) {
      core.trace.record({ type: 'note', text: `no cloud function '${name}' in env ${env}: rt.cloud.use({ ${safeKey(name)}: (event, context) => ({ … }) }) would answer it` })
      return systemError(core, api, CLOUD_FUNCTION_ERRORS.functionNotFound)
    }
    const { openid, unionid } = accountOf(core)
    const event: CloudEvent = { ...jsonCopy(resolveCloudIDs(core, data ?? {})), userInfo: { appId: core.config.appid, openId: openid } }
    const context: CloudContext = { OPENID: openid, APPID: core.config.appid, ...(unionid ? { UNIONID: unionid } : {}), ENV: env, SOURCE: 'wx_client' }
    const { hex } = nextCloudId(core)
    let result: unknown
    const seconds = cloudStateOf(core).timeouts.get(name) ?? DEFAULT_TIMEOUT_S
    let cancel = () => {}
    const timedOut = new Promise<typeof TIMED_OUT>((resolve) => (cancel = core.clock.schedule(seconds * 1000, () => resolve(TIMED_OUT))))
    try {
      result = await Promise.race([Promise.resolve().then(() => fn(event, context)), timedOut])
      if (result === TIMED_OUT) {
        const { errCode } = CLOUD_FUNCTION_ERRORS.timeout
        core.trace.record({ type: 'note', text: `cloud function '${name}' ran past its ${seconds} s timeout (rt.clock)` })
        return { ok: false, error: cloudError(errCode, `${api}:fail Error: errCode: ${errCode}  | errMsg: Invoking task timed out after ${seconds} seconds`) }
      }
    } catch (thrown) {
      const { errCode, text } = CLOUD_FUNCTION_ERRORS.executeFail
      const what = thrown instanceof Error ? (thrown.stack ?? `${thrown.name}: ${thrown.message}`) : String(thrown)
      core.trace.record({ type: 'note', text: `cloud function '${name}' threw: ${thrown instanceof Error ? thrown.message : String(thrown)}` })
      return { ok: false, error: cloudError(errCode, `${api}:fail Error: errCode: ${errCode} ${text} | errMsg: ${what}`) }
    } finally {
      cancel()
    }
    // The requestID looks like the cloud's (a UUID); derived, so runs repeat.
    const requestID = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
    return { ok: true, data: { result: result === undefined ? undefined : jsonCopy(result), requestID } }
  },
}

/** `… (callId: <ms>-0.<digits>) (trace: H:M:S start->H:M:S system error (Error: …), abort)` as the client appends it (H). */
function systemError(core: RuntimeCore, api: string, { errCode, text }: { errCode: number; text: string }): CloudOutcome {
  const now = core.clock.now()
  const { hex } = nextCloudId(core)
  const d = new Date(now)
  const hms = `${d.getUTCHours()}:${d.getUTCMinutes()}:${d.getUTCSeconds()}`
  const inner = `errCode: ${errCode}  | errMsg: ${text}`
  const callId = `${now}-0.${BigInt(`0x${hex.slice(0, 13)}`).toString().padStart(16, '0')}`
  return { ok: false, error: cloudError(errCode, `${api}:fail Error: ${inner} (callId: ${callId}) (trace: ${hms} start->${hms} system error (Error: ${inner}), abort)`) }
}

function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

const safeKey = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name))
