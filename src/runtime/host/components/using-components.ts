import { readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { exists, read } from '../app-files.ts'
import { isPlainObject } from '../set-data.ts'

/**
 * `usingComponents` (https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/ "使用自定义组件",
 * reference/configuration/app.html "usingComponents: 全局自定义组件配置", H): a page's or component's .json maps tags to
 * component paths — absolute from the mini program root ('/components/x/index'), relative to the json's folder
 * ('../x/index'), or an npm package built into miniprogram_npm ('vant-weapp/button'); app.json's entries are
 * usable in every page and component. A path with no component is the client's
 * `Component is not found in path "components/PieChart" (using by "moduleA/pages/squirrel")`
 * (thrown at the page's route, WsmDyj/echarts-for-taro#24, M).
 */
const JS = ['.js', '.mjs', '.cjs'] as const

/** The .json beside an app path ('pages/a/index' → its usingComponents), {} when there is none. */
export function usingComponentsOf(root: string, ownerPath: string): Record<string, string> {
  const file = join(root, `${ownerPath}.json`)
  if (!exists(file)) return {}
  let json: unknown
  try {
    json = JSON.parse(read(file))
  } catch (error) {
    throw new FakeWxError(`${ownerPath}.json is not valid JSON: ${(error as Error).message}.`)
  }
  return declared(json, `${ownerPath}.json`)
}

export function declared(json: unknown, file: string): Record<string, string> {
  const using = isPlainObject(json) ? json.usingComponents : undefined
  if (using === undefined) return {}
  if (!isPlainObject(using)) throw new FakeWxError(`${file}: "usingComponents" must be an object of tag → path.`)
  const out: Record<string, string> = {}
  for (const [tag, path] of Object.entries(using)) {
    if (typeof path !== 'string') throw new FakeWxError(`${file}: usingComponents "${tag}" must be a path string.`)
    out[tag] = path
  }
  return out
}

/** The component's app path (no extension) for a usingComponents value, or the client's error. */
export function resolveComponentPath(root: string, ownerPath: string, ownerFile: string, tag: string, spec: string): string {
  const dir = posix.dirname(ownerPath)
  const candidates = spec.startsWith('/')
    ? [spec.slice(1)]
    : spec.startsWith('.')
      ? [posix.join(dir, spec)]
      : [posix.join(dir, spec), spec, ...npmCandidates(dir, spec)]
  for (const candidate of candidates) {
    const path = posix.normalize(candidate)
    if (!path.startsWith('..') && JS.some((ext) => exists(join(root, path + ext)))) return path
  }
  const shown = posix.normalize(candidates[0]!)
  throw new FakeWxError(
    `Component is not found in path "${shown}" (using by "${ownerPath || 'app'}")`,
    `${ownerFile}:${lineOf(join(root, ownerFile), tag)} declares "${tag}": "${spec}", and ${shown}.js does not exist under ${root}. Paths start at the mini program root ("/components/x/index") or at the json's folder ("../x/index").`,
  )
}

/** The 1-based line of a usingComponents key in its json file (1 when it cannot be found). */
function lineOf(file: string, tag: string): number {
  try {
    const text = readFileSync(file, 'utf8')
    const at = text.indexOf(`"${tag}"`)
    return at < 0 ? 1 : text.slice(0, at).split('\n').length
  } catch {
    return 1
  }
}

/** miniprogram_npm lookup from the owner's folder up to the root: 'pkg/button' → miniprogram_npm/pkg/button(/index). */
function npmCandidates(dir: string, spec: string): string[] {
  const out: string[] = []
  for (let d = dir; ; d = posix.dirname(d)) {
    const base = d === '.' ? 'miniprogram_npm' : `${d}/miniprogram_npm`
    out.push(`${base}/${spec}`, `${base}/${spec}/index`)
    if (d === '.' || d === '/' || d === '') break
  }
  return out
}

/** The component's JS file (app path with extension). */
export function componentFileOf(root: string, path: string): string {
  return path + (JS.find((ext) => exists(join(root, path + ext))) ?? '.js')
}
