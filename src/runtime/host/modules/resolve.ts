import { isFile } from '../app-files.ts'
import { join, posix } from 'node:path'
import type { AppJson } from '../../config.ts'

/**
 * Where the client's `require(path)` looks (reference/api/require.html, framework/app-service/module.html):
 *
 * - "需要引入模块文件相对于当前文件的相对路径，或npm模块名，或npm模块路径。默认不支持绝对路径" (require doc, H):
 *   every path is taken from the requiring file's folder: `require('util.js')` in pages/a/index.js is
 *   pages/a/util.js (the doc's own example: `var common = require('common.js')`). A leading '/' does not
 *   mean the app root: DevTools reports `module 'pages/home/services/api.js' is not defined, require args is
 *   '/services/api.js'` (public mini program code, 2026; also `'js/js/scenes/GameScene.js'` for '/js/scenes/GameScene', M).
 * - A path without `.js` gets `.js` ("require args is '../server'" → `module 'utils/server.js'`, arsize/ble#4;
 *   '../data/chr-data.json' → 'src/data/chr-data.json.js', H): no index.js lookup for a folder ("require args is
 *   '../api'" → `module 'api.js'`, M).
 * - An npm module name is looked up in miniprogram_npm, from the file's folder up to the root (npm support doc, M);
 *   not found, it falls back to the relative rule ("module 'utils/axios-miniprogram.js' is not defined, require
 *   args is 'axios-miniprogram'", zjxxxxxxxxx/axios-miniprogram#57, H).
 * - app.json `resolveAlias` (base library 2.12.0, app.json doc "resolveAlias", H): "配置了之后，会对 require 里的
 *   模块路径进行规则匹配并映射成配置的路径。如果命中多条映射规则，则取最长的命中规则"; keys and values end in
 *   '/*'; the value is taken from the mini program root ("/* 指代的根目录是 miniprogramRoot"). Only `require`:
 *   the doc notes it does not apply to `import` (juejin.cn/post/7497796796443721755 quoting it, M).
 * - A missing module: `Error: module 'utils/x.js' is not defined, require args is 'x'` (the client's text since
 *   2.x: wechat-miniprogram/miniprogram-demo#67 at lib 2.26.0, cool-team-official/cool-uni#48, H).
 */
export interface Alias {
  readonly from: string
  readonly to: string
}

export function aliasesOf(appJson: AppJson): Alias[] {
  const table = (appJson as { resolveAlias?: Record<string, string> }).resolveAlias ?? {}
  return Object.entries(table)
    .filter(([key, value]) => key.endsWith('/*') && typeof value === 'string' && value.endsWith('/*'))
    .map(([key, value]) => ({ from: key.slice(0, -1), to: value.slice(0, -1) }))
    .sort((a, b) => b.from.length - a.from.length) // the longest rule wins
}

export interface Request {
  /** The path as the app wrote it. */
  readonly spec: string
  /** The requiring file, from the app root ('pages/a/index.js'); '' for a request from the root (rt.require). */
  readonly from: string
  /** Aliases to apply: resolveAlias for `require`, none for `import`. */
  readonly aliases: readonly Alias[]
}

/** The file a request names, from the app root ('utils/util.js'). Never fails: a missing file is the caller's error. */
export function resolveRequest(root: string, { spec, from, aliases }: Request): string {
  const alias = aliases.find((a) => spec.startsWith(a.from))
  if (alias) return withJs(posix.normalize(alias.to + spec.slice(alias.from.length)).replace(/^\/+/, ''))
  const dir = from ? posix.dirname(from) : '.'
  if (!spec.startsWith('.') && !spec.startsWith('/')) {
    const npm = npmModule(root, dir, spec)
    if (npm) return npm
  }
  return relativeRequest(dir, spec)
}

/**
 * A path spec resolved against its file's folder: pure string work, remembered for the process (the same requires
 * run in every runtime of a suite; dirname/join/normalize were ~1 % of a page-host run, issue 14). Bounded.
 */
const relativeRequests = new Map<string, string>()
const RELATIVE_REQUESTS_MAX = 4096

function relativeRequest(dir: string, spec: string): string {
  const key = `${dir}\0${spec}`
  let file = relativeRequests.get(key)
  if (file === undefined) {
    if (relativeRequests.size >= RELATIVE_REQUESTS_MAX) relativeRequests.clear()
    relativeRequests.set(key, (file = withJs(posix.normalize(posix.join(dir, spec.replace(/^\/+/, ''))))))
  }
  return file
}

const withJs = (path: string) => (path.endsWith('.js') ? path : `${path}.js`)

function npmModule(root: string, dir: string, name: string): string | undefined {
  for (let d = dir; ; d = posix.dirname(d)) {
    const base = posix.join(d, 'miniprogram_npm', name)
    for (const candidate of [withJs(base), `${base}/index.js`]) if (isFile(join(root, candidate))) return posix.normalize(candidate)
    if (d === '.' || d === '/' || d === '') return undefined
  }
}

/** Whether `path` is a file (app-files.ts: looked up once per process while its folder is unchanged). */
export { isFile }

/** The client's error for a module that is not in the app. */
export function notDefined(file: string, spec: string): Error {
  return new Error(`module '${file}' is not defined, require args is '${spec}'`)
}

/** A test's name for an app file ('utils/api', '/utils/api.js') as the loader keys it ('utils/api.js'). */
export function appPath(path: string): string {
  return withJs(posix.normalize(path.replace(/\\/g, '/').replace(/^\/+/, '')))
}

/** The subpackage root a file belongs to ('packageA'), or undefined for the main package. */
export function packageOf(appJson: AppJson, file: string): string | undefined {
  return subpackageOf(appJson, file)?.root
}

/** Whether a file is in an independent subpackage (`"independent": true`). */
export function isIndependent(appJson: AppJson, file: string): boolean {
  return subpackageOf(appJson, file)?.independent === true
}

function subpackageOf(appJson: AppJson, file: string): { root: string; independent: boolean } | undefined {
  // Most apps have no subpackages: no lists spread for them (asked for every file run and every require; issue 14).
  if (appJson.subpackages === undefined && appJson.subPackages === undefined) return undefined
  for (const pkg of [...(appJson.subpackages ?? []), ...(appJson.subPackages ?? [])]) {
    const root = pkg.root.replace(/^\/+|\/+$/g, '')
    if (file.startsWith(`${root}/`)) return { root, independent: (pkg as { independent?: unknown }).independent === true }
  }
  return undefined
}
