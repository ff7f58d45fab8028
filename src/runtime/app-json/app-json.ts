import type { AppJson } from '../config.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { checkRequiredPrivateInfos } from './required-private-infos.ts'

/**
 * The scopes app.json `permission` describes: "目前只有这三个：scope.userLocation、scope.userLocationBackground、
 * scope.userFuzzyLocation" (official reply; research.md §7.1, M). DevTools warns `无效的 app.json permission["…"]` for
 * any other key, and only these dialogs show the desc ([AUTH], research.md §1.2, H).
 */
export const PERMISSION_SCOPES: readonly string[] = ['scope.userLocation', 'scope.userLocationBackground', 'scope.userFuzzyLocation']

/** "desc 最多 30 个字符"; longer gives "无效的json文件" in DevTools (research.md §7.1, M). */
export const PERMISSION_DESC_MAX = 30

/**
 * The authorization fields of app.json, checked as DevTools checks them before compiling: a bad file is a
 * FakeWxError at createRuntime. Given as `appJson` or read from the app folder (`app: { root }`, host/app-json.ts).
 */
export function checkAppJson(app: AppJson | undefined): AppJson | undefined {
  if (app === undefined) return undefined
  if (typeof app !== 'object' || app === null || Array.isArray(app)) throw new FakeWxError(`app.json must be an object, got ${JSON.stringify(app)}.`)
  for (const [scope, entry] of Object.entries(app.permission ?? {})) {
    // DevTools compiles on but warns, one line per key: `无效的 app.json permission["scope.record"]` (research.md §7.1, M;
    // the same line quoted in many public projects' notes).
    if (!PERMISSION_SCOPES.includes(scope)) console.warn(`无效的 app.json permission["${scope}"]`)
    const desc = (entry as { desc?: unknown } | undefined)?.desc
    if (typeof desc !== 'string') throw new FakeWxError(`app.json permission["${scope}"].desc must be a string, got ${JSON.stringify(desc)}.`)
    if ([...desc].length > PERMISSION_DESC_MAX) {
      throw new FakeWxError(`app.json permission["${scope}"].desc is ${[...desc].length} characters; DevTools rejects more than ${PERMISSION_DESC_MAX} ("无效的json文件").`)
    }
  }
  checkRequiredPrivateInfos(app.requiredPrivateInfos)
  if (app.requiredBackgroundModes !== undefined && !Array.isArray(app.requiredBackgroundModes)) {
    throw new FakeWxError(`app.json requiredBackgroundModes must be an array such as ['location'], got ${JSON.stringify(app.requiredBackgroundModes)}.`)
  }
  return app
}
