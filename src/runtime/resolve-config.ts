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

export function resolveConfig(o: ConfigOptions): ResolvedConfig {
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
