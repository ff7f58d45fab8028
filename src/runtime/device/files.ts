import { stateOf, type RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'

/** One entry of the phone's file tree: a file (its bytes) or a directory. Times are virtual ms. */
export type FileEntry =
  | { readonly kind: 'file'; readonly bytes: Uint8Array; readonly modifiedAt: number; readonly createdAt: number }
  | { readonly kind: 'directory'; readonly modifiedAt: number; readonly createdAt: number }

/**
 * The phone's local files that network APIs read and write: wx.uploadFile sends one, wx.downloadFile
 * saves one, the FileSystemManager (apis/files/) reads and writes them. Temporary paths look like the client's:
 * `wxfile://tmp_…` on phones, `http://tmp/…` in DevTools.
 * Tests stage a file with `rt.files.write(path, data)` and read a download with `rt.files.read(path)`.
 *
 * The store is a tree keyed by normalised path: `rt.files.write` (a test staging a file, a download) makes
 * the parent directories it needs, as the phone would have them; the FileSystemManager uses `put`/`mkdir`,
 * which do not (the client's rules live in apis/files/).
 */
export class LocalFiles {
  readonly #entries = new Map<string, FileEntry>()
  readonly #tempPrefix: string
  readonly #now: () => number
  #nextTemp = 1
  /**
   * Bytes user files and saved files may hold together: "跟本地缓存文件共计，小程序（含小游戏）最多可存储 200MB"
   * (file-system guide, H). Tests lower it (`rt.files.storageLimit`) to reach the limit without writing 200 MB.
   */
  storageLimit = 200 * 1024 * 1024

  constructor(devtools: boolean, now: () => number = () => 0) {
    this.#tempPrefix = devtools ? 'http://tmp/' : 'wxfile://tmp_'
    this.#now = now
  }

  write(path: string, data: string | ArrayBuffer | ArrayBufferView): void {
    if (typeof path !== 'string' || path === '') throw new FakeWxError(`rt.files.write needs a path, got ${JSON.stringify(path)}.`)
    const p = normalizePath(path)
    for (let dir = parentOf(p); dir !== undefined && !this.#entries.has(dir); dir = parentOf(dir)) this.mkdir(dir)
    this.put(p, toBytes(data))
  }

  /** A copy of the file's bytes, or undefined when there is no such file. */
  read(path: string): Uint8Array | undefined {
    const entry = this.#entries.get(normalizePath(path))
    return entry?.kind === 'file' ? entry.bytes.slice() : undefined
  }

  /** A new temporary path, numbered, with the extension of the file it will hold (e.g. '.png'). */
  tempPath(extension = ''): string {
    return `${this.#tempPrefix}${(this.#nextTemp++).toString(16).padStart(8, '0')}${extension}`
  }

  /** The entry at `path` (normalised), if any. */
  entry(path: string): FileEntry | undefined {
    return this.#entries.get(normalizePath(path))
  }

  /** Writes a file's bytes as they are (no directories made). */
  put(path: string, bytes: Uint8Array): void {
    const p = normalizePath(path)
    const before = this.#entries.get(p)
    const now = this.#now()
    this.#entries.set(p, { kind: 'file', bytes, modifiedAt: now, createdAt: before?.createdAt ?? now })
  }

  /** Makes one directory (its parent is not checked). */
  mkdir(path: string): void {
    const now = this.#now()
    this.#entries.set(normalizePath(path), { kind: 'directory', modifiedAt: now, createdAt: now })
  }

  /** Removes one entry (and, for a directory, everything under it). */
  remove(path: string): void {
    const p = normalizePath(path)
    this.#entries.delete(p)
    for (const key of [...this.#entries.keys()]) if (key.startsWith(childPrefix(p))) this.#entries.delete(key)
  }

  /** Moves an entry (and, for a directory, everything under it) to a new path, keeping times. */
  move(from: string, to: string): void {
    const src = normalizePath(from)
    const dest = normalizePath(to)
    for (const p of [src, ...this.under(src)]) {
      const entry = this.#entries.get(p)
      if (!entry) continue
      this.#entries.delete(p)
      this.#entries.set(dest + p.slice(src.length), entry)
    }
  }

  /** Every path under a directory, at any depth, sorted (normalised paths). */
  under(dir: string): string[] {
    const prefix = childPrefix(normalizePath(dir))
    return [...this.#entries.keys()].filter((k) => k.startsWith(prefix)).sort()
  }

  /** The names directly inside a directory, sorted. */
  children(dir: string): string[] {
    const prefix = childPrefix(normalizePath(dir))
    return this.under(dir)
      .map((k) => k.slice(prefix.length))
      .filter((rest) => rest !== '' && !rest.includes('/'))
  }
}

/**
 * `wxfile://usr/a//b/` → `wxfile://usr/a/b`: repeated and trailing slashes dropped after the scheme
 * (the client resolves them the same way; M). Code-package paths (`/a/b`, `a/b`) lose their leading slash.
 */
export function normalizePath(path: string): string {
  const m = /^([a-z]+:\/\/)(.*)$/i.exec(path)
  const rest = (m ? m[2]! : path).split('/').filter((s) => s !== '' && s !== '.').join('/')
  return m ? `${m[1]}${rest}` : rest
}

/** The parent directory of a normalised path, or undefined for a scheme root (`wxfile://`) or the package root. */
export function parentOf(path: string): string | undefined {
  const m = /^([a-z]+:\/\/)(.*)$/i.exec(path)
  const scheme = m ? m[1]! : ''
  const rest = m ? m[2]! : path
  if (rest === '') return undefined
  const i = rest.lastIndexOf('/')
  return i < 0 ? scheme : `${scheme}${rest.slice(0, i)}`
}

const childPrefix = (dir: string) => (dir.endsWith('//') || dir === '' ? dir : `${dir}/`)

function toBytes(data: string | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof data === 'string') return new TextEncoder().encode(data)
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0))
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
  throw new FakeWxError(`rt.files.write needs a string, an ArrayBuffer or a typed array.`)
}

export const filesOf = (core: RuntimeCore): LocalFiles =>
  stateOf(core, 'files', () => new LocalFiles(core.config.platform === 'devtools', () => core.clock.now()))
