import { OPTION_TYPES } from './option-types.generated.ts'
import type { ParamSchema } from './params.ts'

/**
 * The options object of a call, read once, synchronously, when the call is made — as the base library does: its
 * promisify decorator destructures the argument at once (`var t = e[0] || {}, {success:r, fail:a, complete:n} = t`,
 * research.md §1.6 [BASELIB-RE], M) and the parameters then cross the bridge as data. So:
 *  - no argument and `null` are the same empty options (`e[0] || {}`); any other non-object stays as it is, for the
 *    parameter check to refuse (`parameter should be Object instead of Number;`);
 *  - a getter that throws throws out of the `wx` call itself, in the caller's stack, for callback, Promise and task
 *    calls alike (the destructuring runs before any Promise exists), and the call is not made;
 *  - the API's body sees a plain copy: a getter runs once, and a later change to the object does not reach the call.
 * A plain object's own enumerable keys are copied (as the bridge's data takes them), a class instance's own and inherited
 * enumerable keys; then the callbacks and the table's keys found by `in` (an inherited `success` is still called).
 */
export function readOptions(options: unknown, schema: ParamSchema | undefined, api: string): unknown {
  if (options === null || options === undefined) return undefined
  if (typeof options !== 'object' || Array.isArray(options)) return options
  const source = options as Record<string, unknown>
  let copy: Record<string, unknown>
  if (Object.getPrototypeOf(source) === Object.prototype) {
    // A plain object: its own enumerable keys, in the same order, are what for-in reads; a spread copies them in one
    // clone of the source's size, faster than adding key by key (issue 14: a copy of `{ scope }` is kept by the trace
    // and was 56 B, a 4-slot object; now 32 B). It also copies own enumerable symbol keys, so the copy equals the
    // app's object (mock.calls' promise) even then; the API bodies read string keys only.
    copy = { ...source }
  } else {
    copy = {}
    for (const key in source) copy[key] = source[key]
  }
  for (const key of keysToRead(schema, api)) if (!Object.hasOwn(copy, key) && key in source) copy[key] = source[key]
  return copy
}

/**
 * The keys read by `in` besides the enumerable ones: the callbacks, the schema's and the typings' option keys. One list per
 * (schema, API), made once: the tables are static, and two Object.keys arrays and a closure per call were a tenth of
 * a call's garbage (issue 14).
 */
const keyLists = new WeakMap<ParamSchema, Map<string, readonly string[]>>()
const noSchema = {} as ParamSchema

function keysToRead(schema: ParamSchema | undefined, api: string): readonly string[] {
  const bySchema = schema ?? noSchema
  let perApi = keyLists.get(bySchema)
  if (!perApi) keyLists.set(bySchema, (perApi = new Map()))
  let keys = perApi.get(api)
  if (!keys) {
    const typed = Object.hasOwn(OPTION_TYPES, api) ? Object.keys(OPTION_TYPES[api]!) : []
    keys = [...new Set([...CALLBACK_KEYS, ...Object.keys(bySchema), ...typed])]
    perApi.set(api, keys)
  }
  return keys
}

const CALLBACK_KEYS = ['success', 'fail', 'complete'] as const
