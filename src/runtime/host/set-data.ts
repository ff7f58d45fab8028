/**
 * `this.setData(patch, callback)` as the client runs it
 * (https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#Page-prototype-setData-Object-data-Function-callback):
 * `this.data` changes at once (同步), the view later (异步), then `callback` runs. Keys are data paths
 * ('list[0].name', 'a.b.c'), which need not exist beforehand ("不需要在 this.data 中预先定义").
 *
 * Path parsing and applying follow the client's component framework (miniprogram-exparser 2.29.1,
 * `parseSinglePath` and DataProxy.doUpdates, read from the package; H):
 *  - `.` separates field names, `[n]` is an index; `\.` `\[` `\]` `\\` escape; anything else is kept;
 *  - `[` without digits throws `data path descriptor "<path>" is illegal at char <n> (illegal index)`;
 *  - walking a path creates what is missing: an array before an index, an object before a name, and
 *    replaces a value of the wrong kind (an array before a name becomes `{}`).
 * Values the client refuses, with its console texts (decompiled base libraries, research notes; M):
 *  - a patch that is not an object: "setData accepts an Object rather than some <Type>" (nothing set);
 *  - an undefined value: 'Setting data field "<key>" to undefined is invalid.' (the doc: "这一项将不被设置").
 */
export type DataPath = (string | number)[]

const pathError = (path: string, at: number) => new Error(`data path descriptor "${path}" is illegal at char ${at} (illegal index)`)

/** exparser's parseSinglePath. */
export function parseDataPath(path: string): DataPath {
  const out: DataPath = []
  let cur = 0
  const field = (): string => {
    let name = ''
    while (cur < path.length) {
      const c = path[cur]!
      if (c === '\\') {
        const next = path[cur + 1]
        if (next === undefined) {
          name += '\\'
          cur += 1
        } else if (next === '.' || next === '[' || next === ']' || next === '\\') {
          name += next
          cur += 2
        } else {
          name += '\\'
          cur += 1
        }
      } else if (c === '.' || c === '[') break
      else {
        name += c
        cur += 1
      }
    }
    return name
  }
  while (cur < path.length) {
    const c = path[cur]
    if (c === '.') {
      cur += 1
      const name = field()
      if (name) out.push(name)
    } else if (c === '[') {
      cur += 1
      let digits = ''
      while (cur < path.length && path[cur]! >= '0' && path[cur]! <= '9') digits += path[cur++]
      if (!digits) throw pathError(path, cur)
      if (path[cur] !== ']' && cur < path.length) throw pathError(path, cur)
      cur += 1
      out.push(parseInt(digits, 10))
    } else {
      const name = field()
      if (name) out.push(name)
    }
  }
  return out
}

const own = (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k)

/** exparser's DataProxy.doUpdates for one change: walks `path`, creating or replacing containers. */
export function applyDataPath(data: Record<string | number, unknown>, path: DataPath, value: unknown): void {
  if (path.length === 0) return
  let target = data
  let key = path[0]!
  for (let i = 1; i < path.length; i++) {
    const next = path[i]!
    const current = own(target, key) ? target[key] : undefined
    if (typeof next === 'number' && Number.isFinite(next)) {
      if (!Array.isArray(current)) target[key] = []
    } else if (current === null || typeof current !== 'object' || Array.isArray(current)) {
      target[key] = {}
    }
    target = target[key] as Record<string | number, unknown>
    key = next
  }
  target[key] = value
}

/** Plain objects and arrays copied all the way down; anything else kept as is (the client's "simple" deep copy). */
export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(deepCopy) as T
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = deepCopy(v)
    return out as T
  }
  return value
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/** The client's type names in its setData message: Object, Array, String, Number, Null, Undefined … */
export function dataTypeOf(value: unknown): string {
  return Object.prototype.toString.call(value).slice(8, -1)
}

/** What the view receives: data goes to the render layer as JSON ("以 JSON 字符串的形式由逻辑层传至渲染层"). */
export function viewSnapshot<T>(data: T): T {
  // Data made of strings, finite numbers, booleans, null, plain objects and arrays (what pages hold) is copied as
  // the JSON round trip would give it, without the string: the round trip was ~2 % of a page-host run (issue 14,
  // CPU profile; mount and each setData take one). Anything else (toJSON, a Date, a class instance, a bigint,
  // a "__proto__" key, a cycle or a deep nest) makes the whole copy the JSON round trip, as before, errors included.
  const copy = jsonCopy(data, 0)
  if (copy !== NOT_SIMPLE) return (copy === undefined ? null : copy) as T
  return JSON.parse(JSON.stringify(data) ?? 'null') as T
}

const NOT_SIMPLE: unique symbol = Symbol('not simple')
/** Deeper than this, the JSON round trip decides (and reports a cycle with its own message). */
const SIMPLE_DEPTH = 32

/** JSON.parse(JSON.stringify(value)) for simple values; undefined where JSON drops the value; NOT_SIMPLE otherwise. */
function jsonCopy(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      // JSON: NaN and ±Infinity → null, -0 → 0.
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : null
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined
    case 'object':
      break
    default:
      return NOT_SIMPLE // bigint: JSON throws
  }
  if (value === null) return null
  if (depth >= SIMPLE_DEPTH || 'toJSON' in value) return NOT_SIMPLE
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return NOT_SIMPLE
    const out: unknown[] = []
    for (let i = 0; i < value.length; i++) {
      const item = jsonCopy(value[i], depth + 1)
      if (item === NOT_SIMPLE) return NOT_SIMPLE
      out.push(item === undefined ? null : item) // JSON: a hole, undefined or a function in an array → null
    }
    return out
  }
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto !== Object.prototype && proto !== null) return NOT_SIMPLE
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return NOT_SIMPLE
    const item = jsonCopy((value as Record<string, unknown>)[key], depth + 1)
    if (item === NOT_SIMPLE) return NOT_SIMPLE
    if (item !== undefined) out[key] = item
  }
  return out
}

/** A value the client refuses, with the client's own console text. */
export interface SetDataProblem {
  readonly key?: string
  readonly message: string
}

export interface SetDataResult {
  /** The keys applied, in order. */
  readonly applied: string[]
  readonly problems: SetDataProblem[]
  /** Keys whose value holds a function: kept in this.data, dropped from the view (JSON). */
  readonly functions: string[]
}

/**
 * Applies a patch to `data` the client's way. Throws the client's own Error for an illegal path;
 * returns the refused values as problems (the caller decides how loudly to report them).
 */
export function applySetData(data: Record<string, unknown>, patch: unknown): SetDataResult {
  const result: SetDataResult = { applied: [], problems: [], functions: [] }
  const type = dataTypeOf(patch)
  if (type !== 'Object') {
    result.problems.push({ message: `setData accepts an Object rather than some ${type}` })
    return result
  }
  for (const key of Object.keys(patch as object)) {
    const value = (patch as Record<string, unknown>)[key]
    if (value === undefined) {
      result.problems.push({ key, message: `Setting data field "${key}" to undefined is invalid.` })
      continue
    }
    if (holdsFunction(value)) result.functions.push(key)
    applyDataPath(data, parseDataPath(key), deepCopy(value))
    result.applied.push(key)
  }
  return result
}

function holdsFunction(value: unknown, depth = 0): boolean {
  if (typeof value === 'function') return true
  if (depth > 20 || value === null || typeof value !== 'object') return false
  return Object.values(value).some((v) => holdsFunction(v, depth + 1))
}
