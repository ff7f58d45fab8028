import { ERRNO } from '../errors/errno.ts'
import { failure, type Outcome } from '../errors/wx-error.ts'
import { OPTION_TYPES } from './option-types.generated.ts'

/**
 * Parameter schemas, written the way the docs' parameter tables read: `{ scope: 'String!' }`
 * (type as the client names it; `!` = required). Unknown keys are ignored, as on the client
 * (wrappers add their own keys; research.md §6). `'Any'`: the client takes any value for this key (no check, e.g.
 * getLocation's `type`, which the base library coerces), overriding the type the typings give it.
 */
export type ParamType = 'String' | 'Number' | 'Boolean' | 'Object' | 'Array' | 'Function' | 'ArrayBuffer' | 'Any'
export type ParamRule = ParamType | `${ParamType}!` | readonly ParamType[]
export type ParamSchema = Readonly<Record<string, ParamRule>>

/** The client's name for a value's type: String, Number, Boolean, Object, Array, Function, ArrayBuffer, Undefined, Null. */
export function typeName(value: unknown): string {
  if (value === null) return 'Null'
  if (Array.isArray(value)) return 'Array'
  if (value instanceof ArrayBuffer) return 'ArrayBuffer' // Object.prototype.toString: [object ArrayBuffer]
  const t = typeof value
  return t.charAt(0).toUpperCase() + t.slice(1)
}

/**
 * The client's parameter error: `<api>:fail parameter error: parameter.<key> should be <Expected> instead of <Actual>;`
 * errno 1001. Format from a decompiled Android implementation and clones that copy it (research.md §2.4, M);
 * the trailing `;` is what most sources show.
 */
export function parameterError(key: string | undefined, expected: string, actual: string): Outcome<never> {
  const subject = key === undefined ? 'parameter' : `parameter.${key}`
  return failure(`parameter error: ${subject} should be ${expected} instead of ${actual};`, ERRNO.parameterError)
}

/**
 * Checks an options object against the API's table: the hand-written `schema` (required keys, the client's own
 * rules) first, then every other option the typings give a type (OPTION_TYPES, generated from
 * miniprogram-api-typings), each checked only when given. `api` names the OPTION_TYPES row.
 * No options (undefined, or null: the base library's `e[0] || {}`, research.md §1.6 [BASELIB-RE]) is an empty object.
 */
export function checkParams(schema: ParamSchema | undefined, options: unknown, api?: string): Outcome<never> | undefined {
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    return parameterError(undefined, 'Object', typeName(options))
  }
  const given = (options ?? {}) as Record<string, unknown>
  for (const { key, types, required } of compile(schema, api)) {
    const value = given[key]
    if ((value === undefined && !required) || types.includes('Any')) continue
    const actual = typeName(value)
    if (!types.includes(actual)) return parameterError(key, types.join(' or '), actual)
    // A number crosses the JS bridge as JSON: NaN and ±Infinity arrive as null (research.md §2.4 format).
    if (actual === 'Number' && !Number.isFinite(value as number)) return parameterError(key, types.join(' or '), 'Null')
  }
  return undefined
}

interface CompiledRule {
  readonly key: string
  readonly types: readonly string[]
  readonly required: boolean
}
const compiled = new Map<ParamSchema | undefined, Map<string | undefined, readonly CompiledRule[]>>()

/** A schema (and the API's typed options) read once into a list (calls are hot; both are static data). */
function compile(schema: ParamSchema | undefined, api: string | undefined): readonly CompiledRule[] {
  let byApi = compiled.get(schema)
  if (!byApi) compiled.set(schema, (byApi = new Map()))
  let rules = byApi.get(api)
  if (!rules) {
    const own = Object.entries(schema ?? {}).map(([key, rule]) => ({
      key,
      types: typeof rule === 'string' ? [rule.replace('!', '')] : rule,
      required: typeof rule === 'string' && rule.endsWith('!'),
    }))
    const typed = Object.entries((api !== undefined && Object.hasOwn(OPTION_TYPES, api) ? OPTION_TYPES[api] : undefined) ?? {})
      .filter(([key]) => !schema || !Object.hasOwn(schema, key))
      .map(([key, types]) => ({ key, types, required: false }))
    rules = [...own, ...typed]
    byApi.set(api, rules)
  }
  return rules
}
