import type { ApiContext } from '../core.ts'
import type { ApiName, SyncApi } from './define-api.ts'

/**
 * The `wx.onXxx(listener)` / `wx.offXxx(listener?)` pair of a client event. Listeners live in the
 * runtime's WxEvents under `channel`; offXxx without a listener removes them all, with a non-function nothing.
 */
export function defineEventApis<On extends ApiName, Off extends ApiName>(
  on: On,
  off: Off,
  channel: string,
): readonly [SyncApi<On>, SyncApi<Off>] {
  const onApi = {
    kind: 'sync',
    name: on,
    run: (ctx: ApiContext, listener?: unknown) => {
      if (typeof listener !== 'function') {
        ctx.trace.record({ type: 'note', text: `wx.${on} ignored a listener that is not a function` })
        return undefined
      }
      ctx.events.on(channel, listener as (p: never) => void)
      return undefined
    },
  } as unknown as SyncApi<On>
  const offApi = {
    kind: 'sync',
    name: off,
    run: (ctx: ApiContext, listener?: unknown) => {
      // "不传此参数则移除所有监听函数" (the typings' offXxx doc): only a missing listener removes them all; any other
      // value that is not a function matches no listener, so nothing is removed (as the onXxx side ignores it).
      if (listener !== undefined && typeof listener !== 'function') {
        ctx.trace.record({ type: 'note', text: `wx.${off} ignored a listener that is not a function` })
        return undefined
      }
      ctx.events.off(channel, listener as ((p: never) => void) | undefined)
      return undefined
    },
  } as unknown as SyncApi<Off>
  return [onApi, offApi] as const
}
