import { stateOf, type RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'

/**
 * The phone's local files that network APIs read and write: wx.uploadFile sends one, wx.downloadFile
 * saves one. Temporary paths look like the client's: `wxfile://tmp_…` on phones, `http://tmp/…` in DevTools.
 * Tests stage a file with `rt.files.write(path, data)` and read a download with `rt.files.read(path)`.
 */
export class LocalFiles {
  readonly #files = new Map<string, Uint8Array>()
  readonly #tempPrefix: string
  #nextTemp = 1

  constructor(devtools: boolean) {
    this.#tempPrefix = devtools ? 'http://tmp/' : 'wxfile://tmp_'
  }

  write(path: string, data: string | ArrayBuffer | ArrayBufferView): void {
    if (typeof path !== 'string' || path === '') throw new FakeWxError(`rt.files.write needs a path, got ${JSON.stringify(path)}.`)
    this.#files.set(path, toBytes(data))
  }

  /** A copy of the file's bytes, or undefined when there is no such file. */
  read(path: string): Uint8Array | undefined {
    const bytes = this.#files.get(path)
    return bytes && bytes.slice()
  }

  /** A new temporary path, numbered, with the extension of the file it will hold (e.g. '.png'). */
  tempPath(extension = ''): string {
    return `${this.#tempPrefix}${(this.#nextTemp++).toString(16).padStart(8, '0')}${extension}`
  }
}

function toBytes(data: string | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof data === 'string') return new TextEncoder().encode(data)
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0))
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
  throw new FakeWxError(`rt.files.write needs a string, an ArrayBuffer or a typed array.`)
}

export const filesOf = (core: RuntimeCore): LocalFiles => stateOf(core, 'files', () => new LocalFiles(core.config.platform === 'devtools'))
