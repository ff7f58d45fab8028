// A `wx.onXxx` listener pair fed by a piece of the device (the network, the memory, the theme …): the first onXxx
// call connects the device's change to the runtime's wx events, once per runtime; listeners run as the client runs
// app code (an exception is reported, the other listeners still run: facade/deliver.ts callAppCode).
import type { ApiContext } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { reportAppError } from '../../facade/deliver.ts'
import type { ApiName, SyncApi } from '../../facade/define-api.ts'
import { defineEventApis } from '../../facade/define-event.ts'

export function deviceEventApis<On extends ApiName, Off extends ApiName>(
  on: On,
  off: Off,
  connect: (ctx: ApiContext, emit: (payload: unknown) => void) => void,
): readonly [SyncApi<On>, SyncApi<Off>] {
  const channel = `device.${on}`
  const [onApi, offApi] = defineEventApis(on, off, channel)
  const run = onApi.run as unknown as (ctx: ApiContext, listener?: unknown) => undefined
  const bridged = {
    ...onApi,
    run: (ctx: ApiContext, listener?: unknown) => {
      stateOf(ctx, `${channel}.bridge`, () => {
        const events = ctx.events
        connect(ctx, (payload) => {
          try {
            events.emit(channel, payload)
          } catch (error) {
            reportAppError(ctx, `a wx.${on} listener`, error)
          }
        })
        return true
      })
      return run(ctx, listener)
    },
  } as unknown as SyncApi<On>
  return [bridged, offApi] as const
}
