import type { Errno } from './errno.ts'

/** What the client hands to `fail` (and rejects a Promise with): `{ errMsg: '<api>:fail <reason>', errno }`. */
export interface WxFailResult {
  errMsg: string
  errno?: Errno
}

/** The internal outcome of an API body: a success payload, or the reason it failed. */
export type Outcome<T extends object = object> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly reason: string; readonly errno?: Errno | undefined; readonly extra?: object }

export const ok = <T extends object>(data: T): Outcome<T> => ({ ok: true, data })

/** A failure: `reason` is what follows `<api>:fail ` in errMsg. */
export const failure = (reason: string, errno?: Errno, extra?: object): Outcome<never> => ({
  ok: false,
  reason,
  errno,
  ...(extra ? { extra } : {}),
})

/**
 * `<api>:fail <reason>`. Some client paths glue the reason with a colon (`getLocation:fail:auth denied`),
 * so a reason starting with ':' is appended as is.
 */
export function errMsgOf(api: string, reason: string): string {
  return reason.startsWith(':') ? `${api}:fail${reason}` : `${api}:fail ${reason}`
}
