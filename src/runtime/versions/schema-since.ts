import { SCHEMA_FIELDS, SURFACE } from '../surface/surface.generated.ts'
import type { SchemaFields } from '../surface/surface-types.ts'
import { API_SINCE } from './api-since.ts'
import { COMPONENT_SINCE } from './component-since.ts'
import { compareVersion } from './compare-version.ts'

/**
 * The base library a `wx.canIUse` schema needs, or undefined when fake-wx does not know the schema. The forms of
 * the wx.canIUse doc (https://developers.weixin.qq.com/miniprogram/dev/api/base/wx.canIUse.html, H):
 *  - `${API}`: the typings' "需要基础库" (API_SINCE; 1.0.0 when none); properties (env, cloud): PROPERTY_SINCE;
 *  - `${API}.${method}.${param}.${option}` with method `object` (the option object, or a sync API's object
 *    parameter), `success` (its success result), `return` (a sync API's result), `callback` (an on-listener's
 *    argument): the fields of the typings' interfaces (SCHEMA_FIELDS, generated), each at the later of the API's
 *    version and the field's own "需要基础库" (or a value's "x.y.z 及以上版本支持");
 *  - `${component}.${attribute}.${option}`: COMPONENT_SINCE (component-since.ts).
 */
export function schemaSince(schema: string, propertySince: Readonly<Record<string, string>>): string | undefined {
  if (Object.hasOwn(COMPONENT_SINCE, schema)) return latest(prefixesOf(schema).map((p) => (Object.hasOwn(COMPONENT_SINCE, p) ? COMPONENT_SINCE[p]!.since : '1.0.0')))
  const [api, method, param, option, ...rest] = schema.split('.')
  if (!api || !Object.hasOwn(SURFACE, api) || rest.length) return undefined
  const apiSince = API_SINCE[api] ?? propertySince[api] ?? '1.0.0'
  if (method === undefined) return apiSince
  if (!isMethod(method) || param === undefined) return undefined
  const fields = SCHEMA_FIELDS[api]?.[method]
  const field = fields && fieldSince(fields, param)
  if (field === undefined) return undefined
  if (option === undefined) return latest([apiSince, field])
  const value = fieldSince(fields!, `${param}.${option}`)
  return value === undefined ? undefined : latest([apiSince, field, value])
}

const isMethod = (m: string): m is keyof SchemaFields => m === 'object' || m === 'success' || m === 'return' || m === 'callback'

/** `field` or `field@2.10.0` in a generated list: the version ('1.0.0' when the typings give none), or undefined. */
function fieldSince(fields: readonly string[], name: string): string | undefined {
  for (const f of fields) {
    if (f === name) return '1.0.0'
    if (f.startsWith(`${name}@`)) return f.slice(name.length + 1)
  }
  return undefined
}

const prefixesOf = (schema: string): string[] => schema.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))

const latest = (versions: readonly string[]): string => versions.reduce((a, b) => (compareVersion(a, b) >= 0 ? a : b))
