import { isAbsolute, join, resolve } from 'node:path'
import type { AppJson } from '../config.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { APP_FILES_CACHES, find, read, useCache, type AppFilesCache } from './app-files.ts'

/**
 * app.json, the global configuration (https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html):
 * `pages` (the first is the home page), `tabBar.list[].pagePath`, `entryPagePath`, and the fields the
 * authorization flow reads (`permission`, `requiredPrivateInfos`, `requiredBackgroundModes`).
 */
export interface AppFolder {
  /** Absolute path of the folder that holds app.json. */
  readonly root: string
  readonly appJson: AppJson
  /** Modules a test puts in place of app files (createRuntime({ app: { root, modules } })): app path → exports. */
  readonly modules?: Readonly<Record<string, unknown>> | undefined
}

/** app.json parsed once per file version (path + mtime + size), for the many runtimes a suite makes on one app (issue 14). */
const readCache = new Map<string, { stamp: string; folder: AppFolder }>()

/** `cache`: how the app's files are looked up (app-files.ts): kept per process and watched, or stat'ed on every use. */
export function readAppFolder(root: string, cache: AppFilesCache = 'watch'): AppFolder {
  if (!APP_FILES_CACHES.includes(cache)) {
    throw new FakeWxError(`createRuntime({ app: { cache } }) is ${JSON.stringify(cache)}.`, "Use 'watch' (the default: files kept per process, fs.watch tells of changes) or 'stat' (every runtime checks each file).")
  }
  const dir = isAbsolute(root) ? root : resolve(root)
  useCache(dir, cache)
  const file = join(dir, 'app.json')
  const { kind, stamp } = find(file)
  const hit = readCache.get(file)
  if (kind === 'file' && hit?.stamp === stamp) return hit.folder
  const folder = parseAppFolder(dir, file, kind === 'file')
  readCache.set(file, { stamp, folder })
  return folder
}

function parseAppFolder(dir: string, file: string, there: boolean): AppFolder {
  if (!there) {
    throw new FakeWxError(`No app.json in ${dir}.`, 'createRuntime({ app: { root } }) needs the folder of a mini program: the one with app.json, app.js and pages/.')
  }
  let json: unknown
  try {
    json = JSON.parse(read(file))
  } catch (error) {
    throw new FakeWxError(`${file} is not valid JSON: ${(error as Error).message}.`)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new FakeWxError(`${file} must hold an object.`)
  const appJson = json as AppJson
  if (!Array.isArray(appJson.pages) || appJson.pages.length === 0 || !appJson.pages.every((p) => typeof p === 'string')) {
    throw new FakeWxError(`${file} has no "pages" list.`, 'app.json must list the pages: { "pages": ["pages/index/index"] } (the first is the home page).')
  }
  return { root: dir, appJson }
}

/** Every page route: `pages` and each subpackage's `root` + `pages`. */
export function pagesOf(appJson: AppJson): Set<string> {
  const routes = new Set((appJson.pages ?? []).map(strip))
  for (const pkg of [...(appJson.subpackages ?? []), ...(appJson.subPackages ?? [])]) {
    for (const page of pkg.pages ?? []) routes.add(strip(`${pkg.root.replace(/\/$/, '')}/${page}`))
  }
  return routes
}

const strip = (route: string) => route.replace(/^\//, '')

/** Routes of tab pages (tabBar.list[].pagePath), without a leading '/'. */
export function tabPagesOf(appJson: AppJson): Set<string> {
  return new Set((appJson.tabBar?.list ?? []).map((item) => strip(item.pagePath)))
}

/** The page the app opens on by default: entryPagePath, else the first of `pages`. */
export function homePageOf(appJson: AppJson): string | undefined {
  const home = appJson.entryPagePath ?? appJson.pages?.[0]
  return home === undefined ? undefined : strip(home)
}
