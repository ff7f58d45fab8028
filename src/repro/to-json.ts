/**
 * Values as a bug bundle holds them: JSON only. Functions are dropped (options) or shown as "[Function]"
 * (the trace, which is compared, never run); bytes become a marker; absolute paths under the app root
 * become `<app>/…` unless the bundle was asked to keep them.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export interface JsonContext {
  /** 'drop': a function is left out and its path noted in `dropped`; 'mark': it becomes "[Function]". */
  readonly functions: 'drop' | 'mark'
  /** Absolute paths replaced in every string, longest first: [path, replacement]. */
  readonly paths: readonly (readonly [string, string])[]
  readonly dropped?: string[]
}

export function toJson(value: unknown, ctx: JsonContext, path = '', seen = new Set<object>()): Json | undefined {
  if (value === null) return null
  switch (typeof value) {
    case 'undefined':
    case 'symbol':
      return undefined
    case 'function':
      if (ctx.functions === 'mark') return '[Function]'
      ctx.dropped?.push(path)
      return undefined
    case 'bigint':
      return String(value)
    case 'number':
      return Number.isFinite(value) ? value : String(value)
    case 'boolean':
      return value
    case 'string':
      return replacePaths(value, ctx.paths)
  }
  const object = value as object
  if (object instanceof ArrayBuffer) return `[ArrayBuffer ${object.byteLength} bytes]`
  if (ArrayBuffer.isView(object)) return `[${object.constructor.name} ${object.byteLength} bytes]`
  if (object instanceof Error) return { name: object.name, message: replacePaths(object.message, ctx.paths) }
  if (object instanceof Date) return object.toISOString()
  if (seen.has(object)) return '[Circular]'
  seen.add(object)
  try {
    if (Array.isArray(object)) return object.map((v, i) => toJson(v, ctx, `${path}[${i}]`, seen) ?? null)
    const iterable = object instanceof Map ? Object.fromEntries(object) : object instanceof Set ? [...object] : object
    if (Array.isArray(iterable)) return toJson(iterable, ctx, path, seen)
    const out: { [key: string]: Json } = {}
    for (const [k, v] of Object.entries(iterable)) {
      const j = toJson(v, ctx, path ? `${path}.${k}` : k, seen)
      if (j !== undefined) out[k] = j
    }
    return out
  } finally {
    seen.delete(object)
  }
}

function replacePaths(s: string, paths: JsonContext['paths']): string {
  for (const [from, to] of paths) if (from && s.includes(from)) s = s.split(from).join(to)
  return s
}
