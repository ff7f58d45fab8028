import type { ApiContext } from '../core.ts'
import type { Outcome } from '../errors/wx-error.ts'
import type { AsyncApi } from './define-api.ts'

/**
 * One check an asynchronous call passes before its body runs (facade/gates.ts lists them in the client's order):
 * a fail outcome stops the call, undefined lets it through. Its own file, so the layers that define gates
 * (auth, privacy, app-json, device) name the type without importing the list that imports them.
 */
export type Gate = (ctx: ApiContext, def: AsyncApi, options: object) => Outcome<never> | undefined | Promise<Outcome<never> | undefined>
