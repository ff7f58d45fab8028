import type { ApiContext } from '../core.ts'
import type { ApiName, SyncApi } from './define-api.ts'

/**
 * The `wx.onXxx(listener)` / `wx.offXxx(listener?)` pair of a client event. Listeners live in the
 * runtime's WxEvents under `channel`; offXxx without a listener removes them all.
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
      ctx.events.off(channel, typeof listener === 'function' ? (listener as (p: never) => void) : undefined)
      return undefined
    },
  } as unknown as SyncApi<Off>
  return [onApi, offApi] as const
}
