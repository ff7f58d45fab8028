// https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.readFile.html
// `encoding`: ascii, base64, binary, hex, ucs2/ucs-2/utf16le/utf-16le ("以小端序读取"), utf-8/utf8, latin1 (doc
// and typings, H). Without `encoding` readFile gives an ArrayBuffer; writeFile's default is utf8 (doc, H).
// base64: "data 只需要传 base64 内容本身，不要传 Data URI 前缀，否则会报 fail base64 encode error" (writeFile doc, H).
import { Buffer } from 'node:buffer'

const NODE_ENCODING = {
  ascii: 'ascii',
  base64: 'base64',
  binary: 'latin1',
  hex: 'hex',
  ucs2: 'utf16le',
  'ucs-2': 'utf16le',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le',
  'utf-8': 'utf8',
  utf8: 'utf8',
  latin1: 'latin1',
} as const satisfies Record<string, BufferEncoding>

export type FsEncoding = keyof typeof NODE_ENCODING

export const isEncoding = (e: unknown): e is FsEncoding => typeof e === 'string' && Object.hasOwn(NODE_ENCODING, e)

/** Bytes → what readFile hands back: a string in `encoding`, or an ArrayBuffer without one. */
export function decode(bytes: Uint8Array, encoding: FsEncoding | undefined): string | ArrayBuffer {
  if (encoding === undefined) return bytes.slice().buffer
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(NODE_ENCODING[encoding])
}

/** What the app writes → bytes; undefined when a base64 string is not base64 (e.g. a Data URI). */
export function encode(data: string | ArrayBuffer | ArrayBufferView, encoding: FsEncoding = 'utf8'): Uint8Array | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0))
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
  if (encoding === 'base64' && !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(data)) return undefined
  return new Uint8Array(Buffer.from(data, NODE_ENCODING[encoding]))
}
