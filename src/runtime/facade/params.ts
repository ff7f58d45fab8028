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
  for (const [key, rule] of Object.entries(schema)) {
    const types: readonly string[] = typeof rule === 'string' ? [rule.replace('!', '')] : rule
    const required = typeof rule === 'string' && rule.endsWith('!')
    const value = given[key]
    if (value === undefined && !required) continue
    if (!types.includes(typeName(value))) return parameterError(key, types.join(' or '), typeName(value))
  }
  return undefined
}
