import type { RuntimeCore } from '../core.ts'
import { stateOf } from '../core.ts'

/**
 * The phone's temporary files: what a recording, a photo or a video leaves behind (`tempFilePath`,
 * `tempImagePath`, `tempVideoPath` …). Paths look like the client's, `wxfile://tmp_<32 hex>.<ext>` on a
 * phone (e.g. `wxfile://tmp_86c2f196b102a4fb1b2553ac442e40ca.jpg`, a takePhoto result logged in app code)
 * and `http://tmp/<name>` in DevTools; here the hex is a per-runtime counter, so runs are byte-identical.
 * Other capabilities (saving to the album, uploading) look files up here.
 */
export interface TempFile {
  readonly path: string
  /** Bytes. */
  readonly size: number
  /** Virtual time it was written. */
  readonly createdAt: number
}

interface TempFileStore {
  next: number
  readonly files: Map<string, TempFile>
}

const storeOf = (core: RuntimeCore) => stateOf<TempFileStore>(core, 'device.tempFiles', () => ({ next: 1, files: new Map() }))

/** Writes a temporary file of `size` bytes and returns its path. */
export function createTempFile(core: RuntimeCore, extension: string, size: number): string {
  const store = storeOf(core)
  const name = `tmp_${(store.next++).toString(16).padStart(32, '0')}.${extension}`
  const path = core.config.platform === 'devtools' ? `http://tmp/${name}` : `wxfile://${name}`
  store.files.set(path, { path, size: Math.max(0, Math.round(size)), createdAt: core.clock.now() })
  return path
}

/** The temporary file at `path`, if one was written in this runtime. */
export function tempFile(core: RuntimeCore, path: string): TempFile | undefined {
  return storeOf(core).files.get(path)
}
