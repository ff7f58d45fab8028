import { AppServiceSdkKnownError } from '../../errors/app-service-error.ts'
import { errMsgOf } from '../../errors/wx-error.ts'
import { parameterError, typeName } from '../../facade/params.ts'

/**
 * A Sync storage API fails by throwing, as the client does ("try { wx.setStorageSync(…) } catch (e) {}",
 * the docs' own example): an AppServiceSdkKnownError whose message carries the errMsg the asynchronous
 * form would report.
 */
export function throwClientError(api: string, reason: string): never {
  throw new AppServiceSdkKnownError(errMsgOf(api, reason))
}

/** The key argument of a Sync form: a String, or the client's parameter error. */
export function checkSyncKey(api: string, key: unknown): asserts key is string {
  if (typeof key === 'string') return
  const outcome = parameterError('key', 'String', typeName(key))
  if (!outcome.ok) throwClientError(api, outcome.reason)
}
