import { compileFunction } from 'node:vm'
import { FakeWxError } from '../../errors/fake-wx-error.ts'

/**
 * WXS modules (framework/view/wxs/, reference/wxs/01wxs-module.html, H): each `.wxs` file and each inline
 * `<wxs module="m">` is a module with its own scope; `module.exports` is what the WXML sees as `m`;
 * `require('./other.wxs')` loads only .wxs files by relative path. WXS cannot call wx APIs or page code
 * ("WXS 不依赖于运行时的基础库版本 … 不能调用小程序提供的API"): the script sees no `wx`, `getApp`, `Page`,
 * `setTimeout`, `Date` or `RegExp` constructors — dates and regexps come from `getDate()` / `getRegExp()`
 * (reference/wxs/06datatype.html). Cheap restrictions only: the script is plain JavaScript here (ES5 in WXS).
 */
export interface WxsHost {
  /** Now, on the runtime's clock (getDate() with no argument). */
  now(): number
  /** The source of an app-relative .wxs file, or undefined when it does not exist. */
  read(path: string): string | undefined
}

const HIDDEN = ['wx', 'getApp', 'getCurrentPages', 'Page', 'App', 'Component', 'Behavior', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date', 'RegExp', 'Function', 'globalThis', 'process', 'fetch', 'eval']

export class WxsModules {
  readonly #files = new Map<string, unknown>()

  constructor(readonly host: WxsHost) {}

  /** The exports of an app-relative .wxs file (each file runs once per page view). */
  file(path: string, from: string): unknown {
    if (this.#files.has(path)) return this.#files.get(path)
    const source = this.host.read(path)
    if (source === undefined) throw new FakeWxError(`${from}: the WXS module "${path}" does not exist.`, 'Fix the src of the <wxs> tag (a path relative to the file, or from the app root with "/").')
    const exports = this.run(source, path)
    this.#files.set(path, exports)
    return exports
  }

  /** Runs a module's source; `file` names it in errors and resolves its require()s. */
  run(source: string, file: string): unknown {
    const module = { exports: {} as unknown }
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : ''
    const require = (spec: string): unknown => {
      if (!spec.endsWith('.wxs') || !(spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/'))) {
        throw new Error(`WXS require("${spec}") in ${file}: only .wxs files with a relative path can be required`)
      }
      return this.file(joinPath(dir, spec), file)
    }
    const getDate = (...args: unknown[]): Date => (args.length === 0 ? new Date(this.host.now()) : new (Date as unknown as new (...a: unknown[]) => Date)(...args))
    const getRegExp = (pattern: string, flags?: string): RegExp => new RegExp(pattern, flags)
    let fn: (...args: unknown[]) => unknown
    try {
      fn = compileFunction(source, ['module', 'exports', 'require', 'getDate', 'getRegExp', ...HIDDEN], { filename: file }) as (...args: unknown[]) => unknown
    } catch (error) {
      throw new FakeWxError(`[ WXML 文件编译错误] ${file}: WXS syntax error: ${(error as Error).message}`)
    }
    fn(module, module.exports, require, getDate, getRegExp)
    return module.exports
  }
}

/** `dir` + a relative or root-absolute spec, normalized ('pages/a' + '../utils/f.wxs' → 'utils/f.wxs'). */
export function joinPath(dir: string, spec: string): string {
  const parts = spec.startsWith('/') ? [] : dir.split('/').filter(Boolean)
  for (const part of spec.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return parts.join('/')
}
