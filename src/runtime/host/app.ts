import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Fn } from './definition.ts'
import { runAppCode, type HostServices } from './page-instance.ts'
import { isPlainObject } from './set-data.ts'

/**
 * The App (reference/api/App.html): `App({...})` in app.js, once; `getApp()` returns the instance,
 * `getApp({ allowDefault: true })` an empty object before App() ran. Launch runs onLaunch(options)
 * then onShow(options); going to the background runs onHide (framework/app-service/app.html, H).
 */
export type LaunchOptions = WechatMiniprogram.App.LaunchShowOption

export class AppRecord {
  #instance: Record<string, unknown> | undefined
  #default: Record<string, unknown> | undefined
  launched = false
  /** The options of the last launch / show: path, query, scene … */
  showOptions: LaunchOptions | undefined

  register(options: unknown): void {
    if (this.#instance) {
      throw new FakeWxError('App() was called a second time.', 'The client registers one App, in app.js: call App() there only.')
    }
    if (!isPlainObject(options)) throw new FakeWxError(`App() needs an object, got ${typeof options}.`)
    // "开发者可以添加任意的函数或数据变量到 Object 参数中，用 this 可以访问" (App doc): the instance carries them all.
    this.#instance = Object.assign(this.#default ?? {}, options)
  }

  get instance(): Record<string, unknown> | undefined {
    return this.#instance
  }

  /** getApp(): the instance, or with allowDefault an object App() will later fill (App doc, 2.2.4). */
  get(options?: { allowDefault?: boolean }): Record<string, unknown> | undefined {
    if (this.#instance) return this.#instance
    if (options?.allowDefault) return (this.#default ??= {})
    return undefined
  }

  /** Calls an App hook (onLaunch, onShow, onHide …) if app.js defined it. */
  run(host: HostServices, hook: 'onLaunch' | 'onShow' | 'onHide', ...args: unknown[]): void {
    const fn = this.#instance?.[hook]
    if (typeof fn !== 'function') return
    host.core.trace.record({ type: 'page', target: 'app', what: hook, ...(args.length ? { detail: args[0] } : {}) })
    runAppCode(host, `App ${hook}`, fn as Fn, this.#instance, args)
  }
}

/** The launch options of an app opened at `path` (scene 1001: the main entry of the 发现 tab). */
export function launchOptions(path: string, query: Record<string, string>, scene = 1001): LaunchOptions {
  return { path, query, scene, referrerInfo: {}, apiCategory: 'default' } as LaunchOptions
}
