// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorage.html
// "单个 key 允许存储的最大数据长度为 1MB，所有数据存储上限为 10MB" (H). The encrypted variant
// (`encrypt: true`, 0.7MB / 7.1MB, 2.21.3) is not modelled: the option is accepted and ignored.
import { stateOf, type RuntimeCore } from '../../core.ts'

/**
 * How the client measures an item: the key's length plus the stored string's length, in UTF-16 units,
 * against 1MB = 0x100000 (decompiled Android client, JsApiSetStorage: `key.length() + data.length() > limit`
 * → "fail:entry size limit reached"; M).
 */
export const ITEM_LIMIT = 1024 * 1024
export const TOTAL_LIMIT = 10 * 1024 * 1024
/** getStorageInfo reports sizes in KB. */
export const LIMIT_SIZE_KB = TOTAL_LIMIT / 1024

/**
 * The client's wording. A too-big item: `<api>:fail:entry size limit reached` (Android client source;
 * seen in the wild as "APP-SERVICE-SDK:setStorageSync:fail:entry size limit reached", 2026; M).
 * A full storage: `<api>:fail exceed storage max size 10Mb` (seen in the wild 2023 and 2026; older Android
 * builds said "fail:quota reached"; M). A missing key: `getStorage:fail data not found` (H: apps compare it).
 */
export const STORAGE_ERRORS = {
  itemTooLarge: ':entry size limit reached',
  full: 'exceed storage max size 10Mb',
  notFound: 'data not found',
  emptyKey: ':key is empty',
} as const

/**
 * The base library stores every value as a string plus its type name and turns it back on read
 * (reconstructed base library `anyTypeToString` / `stringToAnyType`; M): objects and arrays as JSON,
 * numbers/strings/booleans as text, a Date as its time, null and undefined by name, and anything else
 * (functions, Map, Symbol …) as ''. So a read returns a copy, and a Date comes back a Date.
 */
interface Entry {
  readonly data: string
  readonly dataType: string
}

function typeNameOf(value: unknown): string {
  return Object.prototype.toString.call(value).slice(8, -1)
}

/** Throws what JSON.stringify throws (a cycle, a BigInt): the client reports that message. */
export function serialize(value: unknown): Entry {
  const dataType = typeNameOf(value)
  switch (dataType) {
    case 'Object':
    case 'Array':
      return { data: JSON.stringify(value), dataType }
    case 'String':
    case 'Number':
    case 'Boolean':
      return { data: String(value), dataType }
    case 'Date':
      return { data: String((value as Date).getTime()), dataType }
    case 'Undefined':
      return { data: 'undefined', dataType }
    case 'Null':
      return { data: 'null', dataType }
    default:
      return { data: '', dataType }
  }
}

function deserialize({ data, dataType }: Entry): unknown {
  switch (dataType) {
    case 'String':
      return data
    case 'Object':
    case 'Array':
      return JSON.parse(data)
    case 'Number':
      return parseFloat(data)
    case 'Boolean':
      return data === 'true'
    case 'Date':
      return new Date(parseInt(data, 10))
    case 'Undefined':
      return undefined
    case 'Null':
      return null
    default:
      return ''
  }
}

const sizeOf = (key: string, entry: Entry) => key.length + entry.data.length

export type SetResult = { ok: true } | { ok: false; reason: string }

/** One runtime's storage: this user × this mini program. */
export class StorageStore {
  readonly #entries = new Map<string, Entry>()
  #size = 0

  /** Stores a value as the client does, or says why not. Throws what serialising throws. */
  set(key: string, value: unknown): SetResult {
    if (key === '') return { ok: false, reason: STORAGE_ERRORS.emptyKey }
    const entry = serialize(value)
    const size = sizeOf(key, entry)
    if (size > ITEM_LIMIT) return { ok: false, reason: STORAGE_ERRORS.itemTooLarge }
    const old = this.#entries.get(key)
    const total = this.#size - (old ? sizeOf(key, old) : 0) + size
    if (total > TOTAL_LIMIT) return { ok: false, reason: STORAGE_ERRORS.full }
    this.#entries.set(key, entry)
    this.#size = total
    return { ok: true }
  }

  has(key: string): boolean {
    return this.#entries.has(key)
  }

  /** A fresh copy of the value, or undefined when the key is absent (check `has` to tell the two apart). */
  get(key: string): unknown {
    const entry = this.#entries.get(key)
    return entry ? deserialize(entry) : undefined
  }

  remove(key: string): void {
    const old = this.#entries.get(key)
    if (!old) return
    this.#entries.delete(key)
    this.#size -= sizeOf(key, old)
  }

  clear(): void {
    this.#entries.clear()
    this.#size = 0
  }

  /** What getStorageInfo reports: keys in insertion order, sizes in KB. */
  info(): { keys: string[]; currentSize: number; limitSize: number } {
    return { keys: [...this.#entries.keys()], currentSize: Math.ceil(this.#size / 1024), limitSize: LIMIT_SIZE_KB }
  }
}

export const storageOf = (core: RuntimeCore): StorageStore => stateOf(core, 'storage', () => new StorageStore())
