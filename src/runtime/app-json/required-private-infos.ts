import type { ApiContext } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { failure } from '../errors/wx-error.ts'
import type { Gate } from '../facade/gate.ts'

import { REQUIRED_PRIVATE_INFOS, type RequiredPrivateInfo } from './required-private-info-names.ts'

export { REQUIRED_PRIVATE_INFOS, type RequiredPrivateInfo }

const PRECISE: readonly RequiredPrivateInfo[] = ['getLocation', 'onLocationChange', 'startLocationUpdate', 'startLocationUpdateBackground']

/**
 * What DevTools refuses to compile: an unknown entry, or fuzzy and precise location together
 * ("app.json: requiredPrivateInfos 'getFuzzyLocation' 与 'getLocation'、… 互斥", research.md §7.2, H).
 * Thrown at createRuntime, as the build would stop there.
 */
export function checkRequiredPrivateInfos(list: unknown): void {
  if (list === undefined) return
  if (!Array.isArray(list)) throw new FakeWxError(`app.json requiredPrivateInfos must be an array, got ${JSON.stringify(list)}.`)
  for (const api of list) {
    if (!(REQUIRED_PRIVATE_INFOS as readonly unknown[]).includes(api)) {
      throw new FakeWxError(`app.json requiredPrivateInfos has ${JSON.stringify(api)}, which is not one of ${REQUIRED_PRIVATE_INFOS.join(', ')}.`)
    }
  }
  const precise = PRECISE.filter((api) => list.includes(api))
  if (list.includes('getFuzzyLocation') && precise.length > 0) {
    throw new FakeWxError(
      `app.json: requiredPrivateInfos 'getFuzzyLocation' 与 ${PRECISE.map((a) => `'${a}'`).join('、')} 互斥 (DevTools compile error; declared: ${precise.join(', ')}).`,
      `Declare either getFuzzyLocation or the precise-location APIs.`,
    )
  }
}

/**
 * The base library's check, quoted in research.md §7.2 ([BASELIB-RE], M):
 *   release:       fail if the server flag (locationPrivateInfosCheckStatus) is 1 and the list is missing or lacks the API
 *   develop/trial: fail only if the list exists and lacks the API
 * The flag is 1 for versions published after 2022-07-14 (`releasePrivateInfosCheck`, default true).
 * With no app.json given to createRuntime, nothing is checked (as a develop build without the list).
 */
export function privateInfoUndeclared(ctx: ApiContext, api: string): boolean {
  if (!ctx.config.appJsonGiven || !(REQUIRED_PRIVATE_INFOS as readonly string[]).includes(api)) return false
  const list = ctx.config.appJson.requiredPrivateInfos
  const declared = list?.includes(api) ?? false
  return ctx.config.envVersion === 'release' ? ctx.config.releasePrivateInfosCheck && !declared : list !== undefined && !declared
}

/**
 * `<api>:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json`, plus the
 * client's console.error `wx.<api> need to be declared …` (logged, and kept in the trace). errno: the internal constant's
 * value is unknown (research.md §9), so none.
 */
export const requiredPrivateInfosGate: Gate = (ctx, def) => {
  if (!privateInfoUndeclared(ctx, def.name)) return undefined
  // The base library's check logs this itself: `()=>console.error(\`wx.${this.api} need to be declared in the
  // requiredPrivateInfos field in app.json/ext.json\`)` (research.md §7.2 [BASELIB-RE]; the decorator's source in public code, H).
  const message = `wx.${def.name} need to be declared in the requiredPrivateInfos field in app.json/ext.json`
  ctx.trace.record({ type: 'note', text: `console.error: ${message}` })
  console.error(message)
  return failure('the api need to be declared in the requiredPrivateInfos field in app.json/ext.json')
}
