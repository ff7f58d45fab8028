/**
 * What a synchronous API (`wx.setStorageSync` …) throws when the client fails: the base library's
 * `AppServiceSdkKnownError`, an Error whose message is `APP-SERVICE-SDK:<api>:fail <reason>` and whose
 * `type` is 'AppServiceSdkKnownError' (class read from reconstructed base-library sources, e.g. weweb's
 * `utils.AppServiceSdkKnownError`; messages seen in the wild: "APP-SERVICE-SDK:setStorageSync:fail
 * exceed storage max size 10Mb", "APP-SERVICE-SDK:setStorageSync:fail:entry size limit reached"; M).
 * It has no errMsg or errno property: apps read `e.message`.
 */
export class AppServiceSdkKnownError extends Error {
  readonly type = 'AppServiceSdkKnownError'
  constructor(errMsg: string) {
    super(`APP-SERVICE-SDK:${errMsg}`)
  }
}

/** The errMsg inside a thrown client error (what the asynchronous form would have reported), for the trace. */
export function clientErrMsg(error: unknown): string | undefined {
  return error instanceof AppServiceSdkKnownError ? error.message.slice('APP-SERVICE-SDK:'.length) : undefined
}
