import { FakeWxError } from './errors/fake-wx-error.ts'

/**
 * Puts a `wx` on globalThis and takes it off again, restoring exactly what was there (property
 * descriptor included). The global stays writable: some apps reassign `wx = require('./wrapped-wx')`.
 */
export function createInstaller(wx: object): { install(): void; uninstall(): void; readonly installed: boolean } {
  let saved: PropertyDescriptor | undefined | null = null // null = not installed
  return {
    get installed() {
      return saved !== null
    },
    install() {
      if (saved !== null) throw new FakeWxError('rt.install() was called twice.', 'Call rt.uninstall() before installing again.')
      saved = Object.getOwnPropertyDescriptor(globalThis, 'wx')
      Object.defineProperty(globalThis, 'wx', { value: wx, writable: true, configurable: true, enumerable: false })
    },
    uninstall() {
      if (saved === null) throw new FakeWxError('rt.uninstall() was called but this runtime is not installed.', 'Call rt.install() first.')
      if (saved) Object.defineProperty(globalThis, 'wx', saved)
      else delete (globalThis as { wx?: unknown }).wx
      saved = null
    },
  }
}
