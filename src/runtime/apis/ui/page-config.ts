/**
 * A page's window configuration: app.json `window`, then the page's own json over it
 * (https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#window and
 * .../configuration/page.html: "页面中配置项在当前页面会覆盖 app.json 中相同的配置项", H), with the documented defaults.
 * Read from the app folder (createRuntime({ app: { root } })); without one, app.json given as `appJson` or nothing.
 */
import { join } from 'node:path'
import { stateOf, type RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { exists, read } from '../../host/app-files.ts'
import { hostOf } from '../../host/host.ts'

export interface WindowConfig {
  navigationBarTitleText: string
  /** 'white' | 'black' (default 'white'). */
  navigationBarTextStyle: string
  navigationBarBackgroundColor: string
  enablePullDownRefresh: boolean
  backgroundColor: string
  backgroundTextStyle: string
}

/** The defaults of app.json `window` (app.html, H). */
const DEFAULTS: WindowConfig = {
  navigationBarTitleText: '',
  navigationBarTextStyle: 'white',
  navigationBarBackgroundColor: '#000000',
  enablePullDownRefresh: false,
  backgroundColor: '#ffffff',
  backgroundTextStyle: 'dark',
}

const KEYS = Object.keys(DEFAULTS) as (keyof WindowConfig)[]

/** The window config of `route` (or of no page: app.json's `window`). */
export function windowOf(core: RuntimeCore, route?: string): WindowConfig {
  const app: Partial<WindowConfig> = core.config.appJson.window ?? {}
  const page = route === undefined ? {} : pageJson(core, route)
  const out = { ...DEFAULTS }
  for (const key of KEYS) {
    const value = page[key] ?? app[key]
    if (value !== undefined && typeof value === typeof DEFAULTS[key]) (out as Record<string, unknown>)[key] = value
  }
  return out
}

/** The page's json file (pages/x/index.json), read once per runtime; {} when there is none. */
function pageJson(core: RuntimeCore, route: string): Partial<WindowConfig> {
  const cache = stateOf(core, 'ui.pageJson', () => new Map<string, Partial<WindowConfig>>())
  let json = cache.get(route)
  if (!json) {
    json = readPageJson(hostOf(core).folder?.root, route)
    cache.set(route, json)
  }
  return json
}

function readPageJson(root: string | undefined, route: string): Partial<WindowConfig> {
  if (!root) return {}
  const file = join(root, `${route}.json`)
  if (!exists(file)) return {}
  try {
    const json = JSON.parse(read(file)) as unknown
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Partial<WindowConfig>) : {}
  } catch (error) {
    throw new FakeWxError(`${file} is not valid JSON: ${(error as Error).message}.`)
  }
}
