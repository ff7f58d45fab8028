// Resolves createRuntime's options into the plain-data ResolvedConfig (config.ts), checking each with a clear error.
// Part of the runtime assembly: it may read every layer below (app.json checks, the admin's API list, dialects,
// the network's domain lists, the privacy agreement, version features).
import { checkAppJson } from './app-json/app-json.ts'
import { checkDisabledApis } from './auth/admin-apis.ts'
import { BACKGROUND_CALL_FAIL, DEFAULT_APPID, DEFAULT_SDK_VERSION, UNSIMULATED_POLICIES, type AppType, type ConfigOptions, type ResolvedConfig, type UnsimulatedPolicy } from './config.ts'
import { DIALECT_VARIANTS, DIALECTS, type Dialect, type DialectName } from './errors/dialects.ts'
import { PLATFORM_PROFILES, PLATFORMS, type Platform } from './device/platforms.ts'
import { FakeWxError } from './errors/fake-wx-error.ts'
import { resolveNetworkConfig } from './apis/network/domains.ts'
import { resolvePrivacy } from './privacy/privacy-state.ts'
import { featuresOf } from './versions/api-versions.ts'
import type { RuntimeOptions } from './create-runtime.ts'

/**
 * The parts of a ResolvedConfig that are the same for every runtime made without that option: shared, frozen, never
 * copied per runtime (issue 14: eight default sub-objects were ~0.7 KB of every live runtime). Frozen, so no code can
 * change one runtime's config through another's; ResolvedConfig is read-only already.
 */
const SHARED = {
  legacy: Object.freeze({ chooseLocationScope: false }),
  devtools: Object.freeze({ location: 'gcj02-only', privacySetting: 'as-documented' } as const),
  appJson: Object.freeze({}),
  account: Object.freeze({ openid: undefined, unionid: undefined }),
  disabledApis: Object.freeze([]) as readonly never[],
}

/**
 * createRuntime's options that are not config (resolveConfig gets them too and reads none). The type keeps the list
 * honest: a ConfigOptions key here would be a compile error (and a config option ignored by the cache below).
 */
const NOT_CONFIG: ReadonlySet<string> = new Set([
  'scenario', 'scopes', 'user', 'onUnansweredPrompt', 'position', 'os', 'switches', 'wechatVersion', 'voipRooms', 'traceLimit', 'app',
  'storage', 'cloud', 'subscribeMessage', 'bluetooth', 'system', 'launch', 'appVersion', 'networkType', 'update',
] satisfies readonly Exclude<keyof RuntimeOptions, keyof ConfigOptions>[])
/** The config options a shared config may be keyed by. */
const KEYED = ['platform', 'SDKVersion', 'envVersion'] as const
/** At most this many shared configs (a sweep over many base libraries resolves the rest afresh). */
const SHARED_CONFIGS_MAX = 64
const sharedConfigs = new Map<string, ResolvedConfig>()

/**
 * Runtimes whose config options are at most a platform, a base library and an envVersion (most tests, the bench's
 * matrix) share one frozen ResolvedConfig per such triple (issue 14: the config and its parts were ~1 KB of every
 * live runtime and ~3 µs of every createRuntime). Any other config option resolves a config of its own.
 */
export function resolveConfig(o: ConfigOptions): ResolvedConfig {
  // `o` reaches here with a map shared by every runtime made with the same option keys (createRuntime builds it with
  // Object.assign): with a map of its own per call, the reads below missed their caches, ~8 µs per runtime with an
  // app.json (issue 14, shared-shape.ts).
  const key = sharedKey(o)
  if (key === undefined) return resolveOwn(o)
  let config = sharedConfigs.get(key)
  if (!config) {
    config = Object.freeze(resolveOwn(o))
    if (sharedConfigs.size < SHARED_CONFIGS_MAX) sharedConfigs.set(key, config)
  }
  return config
}

function sharedKey(o: ConfigOptions): string | undefined {
  for (const k in o) {
    const v = (o as Record<string, unknown>)[k]
    if (v === undefined || NOT_CONFIG.has(k)) continue
    // `privacy: {}` (what layer presets pass when none sets privacy) resolves as no privacy option.
    if (k === 'privacy' && typeof v === 'object' && v !== null && Object.values(v).every((x) => x === undefined)) continue
    if (!(KEYED as readonly string[]).includes(k) || typeof v !== 'string') return undefined
  }
  return `${o.platform ?? ''}|${o.SDKVersion ?? ''}|${o.envVersion ?? ''}`
}

function resolveOwn(o: ConfigOptions): ResolvedConfig {
  const platform = o.platform ?? 'ios'
  if (!PLATFORMS.includes(platform)) {
    throw new FakeWxError(`Unknown platform ${JSON.stringify(platform)}.`, `Use one of ${PLATFORMS.map((p) => `'${p}'`).join(', ')}.`)
  }
  const envVersion = o.envVersion ?? 'release'
  if (!['develop', 'trial', 'release'].includes(envVersion)) {
    throw new FakeWxError(`Unknown envVersion ${JSON.stringify(envVersion)}.`, `Use 'develop', 'trial' or 'release'.`)
  }
  const SDKVersion = o.SDKVersion ?? DEFAULT_SDK_VERSION
  if (!/^\d+\.\d+\.\d+$/.test(SDKVersion)) {
    throw new FakeWxError(`SDKVersion must look like '3.8.0', got ${JSON.stringify(SDKVersion)}.`)
  }
  if (o.devtools?.location !== undefined && !['gcj02-only', 'as-asked'].includes(o.devtools.location)) {
    throw new FakeWxError(`devtools.location must be 'gcj02-only' or 'as-asked', got ${JSON.stringify(o.devtools.location)}.`)
  }
  if (o.devtools?.privacySetting !== undefined && !['as-documented', 'never-needs-authorization'].includes(o.devtools.privacySetting)) {
    throw new FakeWxError(`devtools.privacySetting must be 'as-documented' or 'never-needs-authorization', got ${JSON.stringify(o.devtools.privacySetting)}.`)
  }
  if (o.backgroundCallFail !== undefined && o.backgroundCallFail !== null && typeof o.backgroundCallFail !== 'string') {
    throw new FakeWxError(`backgroundCallFail must be a fail reason (a string) or null, got ${JSON.stringify(o.backgroundCallFail)}.`)
  }
  const appJson = checkAppJson(o.appJson)
  const features = featuresOf(SDKVersion)
  return {
    platform,
    SDKVersion,
    envVersion,
    dialect: resolveDialect(platform, o.dialect),
    withdrawnScopes: o.withdrawnScopes ?? 'always',
    enforceTapGesture: o.tapGesture ? o.tapGesture === 'enforce' : PLATFORM_PROFILES[platform].enforcesTapGesture,
    legacy: o.legacy?.chooseLocationScope === undefined ? SHARED.legacy : { chooseLocationScope: o.legacy.chooseLocationScope },
    callbackErrors: o.callbackErrors ?? 'uncaught',
    devtools:
      o.devtools?.location === undefined && o.devtools?.privacySetting === undefined
        ? SHARED.devtools
        : { location: o.devtools.location ?? 'gcj02-only', privacySetting: o.devtools.privacySetting ?? 'as-documented' },
    backgroundCallFail: o.backgroundCallFail === undefined ? BACKGROUND_CALL_FAIL : o.backgroundCallFail,
    setDataErrors: o.setDataErrors ?? 'throw',
    appJson: appJson ?? SHARED.appJson,
    appJsonGiven: appJson !== undefined,
    releasePrivateInfosCheck: o.releasePrivateInfosCheck ?? true,
    privacy: resolvePrivacy(o.privacy, features.privacyCheckbox),
    disabledApis: o.disabledApis === undefined ? SHARED.disabledApis : checkDisabledApis(o.disabledApis),
    features,
    appid: checkAppid(o.appid ?? DEFAULT_APPID),
    account: o.openid === undefined && o.unionid === undefined ? SHARED.account : { openid: o.openid, unionid: o.unionid },
    network: resolveNetworkConfig({ domains: o.domains, urlCheck: o.urlCheck, platform, envVersion }),
    appType: checkAppType(o.appType ?? 'miniprogram'),
    unsimulatedApis: checkUnsimulated(o.unsimulatedApis ?? 'warn'),
  }
}

function checkAppType(appType: AppType): AppType {
  if (appType !== 'miniprogram' && appType !== 'minigame') {
    throw new FakeWxError(`Unknown appType ${JSON.stringify(appType)}.`, `Use 'miniprogram' (default) or 'minigame'.`)
  }
  return appType
}

function checkUnsimulated(policy: UnsimulatedPolicy): UnsimulatedPolicy {
  if (!UNSIMULATED_POLICIES.includes(policy)) {
    throw new FakeWxError(`Unknown unsimulatedApis ${JSON.stringify(policy)}.`, `Use 'warn' (default), 'error' or 'ok'.`)
  }
  return policy
}

function checkAppid(appid: string): string {
  if (typeof appid !== 'string' || !/^wx[0-9a-f]{16}$/.test(appid)) {
    throw new FakeWxError(`appid must look like 'wx' followed by 16 hex digits, got ${JSON.stringify(appid)}.`)
  }
  return appid
}

function resolveDialect(platform: Platform, dialect: DialectName | Partial<Dialect> | undefined): Dialect {
  // No dialect option: the platform's own (shared, module data), not a copy per runtime (issue 14).
  if (dialect === undefined) return DIALECTS[platform]
  if (typeof dialect !== 'string') return { ...DIALECTS[platform], ...dialect }
  if (!Object.hasOwn(DIALECT_VARIANTS, dialect)) {
    throw new FakeWxError(`Unknown dialect ${JSON.stringify(dialect)}.`, `Dialects: ${Object.keys(DIALECT_VARIANTS).join(', ')}; or pass fields, e.g. { authDeny: 'auth denied' }.`)
  }
  return DIALECT_VARIANTS[dialect]
}
