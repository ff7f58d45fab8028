import { ERRNO } from '../errors/errno.ts'
import { failure, type Outcome } from '../errors/wx-error.ts'

/**
 * Parameter schemas, written the way the docs' parameter tables read: `{ scope: 'String!' }`
 * (type as the client names it; `!` = required). Unknown keys are ignored, as on the client
 * (wrappers add their own keys; research.md §6).
 */
export type ParamType = 'String' | 'Number' | 'Boolean' | 'Object' | 'Array' | 'Function'
export type ParamRule = ParamType | `${ParamType}!` | readonly ParamType[]
export type ParamSchema = Readonly<Record<string, ParamRule>>

/** The client's name for a value's type: String, Number, Boolean, Object, Array, Function, Undefined, Null. */
export function typeName(value: unknown): string {
  if (value === null) return 'Null'
  if (Array.isArray(value)) return 'Array'
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

export function checkParams(schema: ParamSchema | undefined, options: unknown): Outcome<never> | undefined {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    return parameterError(undefined, 'Object', typeName(options))
  }
  if (!schema) return undefined
  const given = (options ?? {}) as Record<string, unknown>
  for (const { key, types, required } of compile(schema)) {
    const value = given[key]
    if (value === undefined && !required) continue
    const actual = typeName(value)
    if (!types.includes(actual)) return parameterError(key, types.join(' or '), actual)
  }
  return undefined
}

interface CompiledRule {
  readonly key: string
  readonly types: readonly string[]
  readonly required: boolean
}
const compiled = new WeakMap<ParamSchema, readonly CompiledRule[]>()

/** A schema read once into a list (calls are hot; schemas are static data). */
function compile(schema: ParamSchema): readonly CompiledRule[] {
  let rules = compiled.get(schema)
  if (!rules) {
    rules = Object.entries(schema).map(([key, rule]) => ({
      key,
      types: typeof rule === 'string' ? [rule.replace('!', '')] : rule,
      required: typeof rule === 'string' && rule.endsWith('!'),
    }))
    compiled.set(schema, rules)
  }
  return rules
}
