import { deflateSync } from 'node:zlib'

/**
 * Real, small, deterministic image and video files for what the user picks or the app renders: a grey
 * PNG or baseline JPEG of the asked size that any decoder (and getImageInfo) reads, and an mp4 that
 * starts with a valid `ftyp` box. `padTo` grows a file with trailing bytes to a size a test asked for
 * (decoders ignore what follows IEND / EOI), so `size` always equals the bytes on the "phone".
 */
export type ImageFormat = 'png' | 'jpeg'

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]
const u16 = (n: number) => [(n >>> 8) & 0xff, n & 0xff]

function pngChunk(type: string, data: Uint8Array): number[] {
  const typed = new Uint8Array([...new TextEncoder().encode(type), ...data])
  return [...u32(data.length), ...typed, ...u32(crc32(typed))]
}

/** A grey 8-bit greyscale PNG of width × height. */
export function makePng(width: number, height: number): Uint8Array {
  const ihdr = new Uint8Array([...u32(width), ...u32(height), 8, 0, 0, 0, 0])
  const raw = new Uint8Array((width + 1) * height).fill(0x80)
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0 // filter type None per row
  const idat = new Uint8Array(deflateSync(raw))
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...pngChunk('IHDR', ihdr),
    ...pngChunk('IDAT', idat),
    ...pngChunk('IEND', new Uint8Array()),
  ])
}

/**
 * A grey baseline greyscale JPEG of width × height: every 8×8 block is DC difference 0 then EOB, each
 * coded with a one-symbol Huffman table ('0'), so the scan is ceil(blocks / 4) zero bytes. `quality`
 * (1–100) scales the quantisation table, as an encoder would; a COM segment carries it.
 */
export function makeJpeg(width: number, height: number, quality = 90): Uint8Array {
  const q = Math.max(1, Math.min(100, Math.round(quality)))
  const step = Math.max(1, Math.min(255, Math.round((100 - q) / 2) + 1))
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8)
  const scanBits = blocks * 2
  const scan = new Uint8Array(Math.ceil(scanBits / 8))
  const rest = scanBits % 8
  if (rest) scan[scan.length - 1] = (1 << (8 - rest)) - 1 // pad the last byte with 1-bits
  const comment = new TextEncoder().encode(`fake-wx q=${q}`)
  return new Uint8Array([
    0xff, 0xd8,
    0xff, 0xe0, ...u16(16), 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, ...u16(1), ...u16(1), 0, 0, // APP0 JFIF
    0xff, 0xfe, ...u16(comment.length + 2), ...comment, // COM
    0xff, 0xdb, ...u16(67), 0x00, ...new Array<number>(64).fill(step), // DQT, table 0
    0xff, 0xc0, ...u16(11), 8, ...u16(height), ...u16(width), 1, 1, 0x11, 0, // SOF0, one component
    0xff, 0xc4, ...u16(20), 0x00, 1, ...new Array<number>(15).fill(0), 0x00, // DHT DC 0: one code, category 0
    0xff, 0xc4, ...u16(20), 0x10, 1, ...new Array<number>(15).fill(0), 0x00, // DHT AC 0: one code, EOB
    0xff, 0xda, ...u16(8), 1, 1, 0x00, 0, 63, 0, // SOS
    ...scan,
    0xff, 0xd9,
  ])
}

export function makeImage(format: ImageFormat, width: number, height: number, quality?: number): Uint8Array {
  return format === 'png' ? makePng(width, height) : makeJpeg(width, height, quality)
}

/** An mp4 that begins with `ftyp isom` (what players and the album check first); 1 KB unless padded. */
export function makeMp4(): Uint8Array {
  const ftyp = [...u32(24), ...new TextEncoder().encode('ftypisom'), ...u32(0x200), ...new TextEncoder().encode('isommp41')]
  const free = [...u32(1024 - ftyp.length), ...new TextEncoder().encode('free')]
  return padTo(new Uint8Array([...ftyp, ...free]), 1024)
}

/** `bytes` followed by zero bytes up to `size` (unchanged when already as large). */
export function padTo(bytes: Uint8Array, size: number | undefined): Uint8Array {
  if (size === undefined || size <= bytes.length) return bytes
  const out = new Uint8Array(Math.round(size))
  out.set(bytes)
  return out
}
