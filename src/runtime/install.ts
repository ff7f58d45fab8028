import { FakeWxError } from './errors/fake-wx-error.ts'

/**
 * Puts globals on globalThis (`wx`, and the page host's App, Page, Component, Behavior, getApp,
 * getCurrentPages) and takes them off again, restoring exactly what was there (property descriptors
 * included). They stay writable: some apps reassign `wx = require('./wrapped-wx')`.
 */
export function createInstaller(globalsOf: () => Record<string, unknown>): { install(): void; uninstall(): void; readonly installed: boolean } {
  let saved: Map<string, PropertyDescriptor | undefined> | null = null // null = not installed
  return {
    get installed() {
      return saved !== null
    },
    install() {
      if (saved !== null) throw new FakeWxError('rt.install() was called twice.', 'Call rt.uninstall() before installing again.')
      saved = new Map()
      for (const [name, value] of Object.entries(globalsOf())) {
        saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name))
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false })
      }
    },
    uninstall() {
      if (saved === null) throw new FakeWxError('rt.uninstall() was called but this runtime is not installed.', 'Call rt.install() first.')
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor)
        else delete (globalThis as Record<string, unknown>)[name]
      }
      saved = null
    },
  }
}
