/**
 * The runtime's resolved configuration: plain data every layer reads, and the options it is resolved from.
 * This file imports only types and leaves of the lowest layers (errors, versions, platforms, the scope and privacy
 * tables), so no layer above it is reached from here; resolving options into it is the runtime assembly's job
 * (resolve-config.ts).
 */
import type { RequiredPrivateInfo } from './app-json/required-private-info-names.ts'
import type { AppKind } from './auth/scope-table.ts'
import type { Dialect, DialectName } from './errors/dialects.ts'
import type { EnvVersion, Platform } from './device/platforms.ts'
import type { PrivacyOptions, ResolvedPrivacy } from './privacy/privacy-options.ts'
import type { Features } from './versions/api-versions.ts'

export { compareVersion } from './versions/compare-version.ts'

/** Whether getSetting lists address/invoice/invoiceTitle/userInfo as true before their API was used (auth/auth-setting.ts). */
export type WithdrawnScopesPolicy = 'always' | 'once-used'

/** What a member of wx fake-wx does not model does when called (surface/unsimulated.ts). */
export type UnsimulatedPolicy = 'warn' | 'error' | 'ok'
export const UNSIMULATED_POLICIES: readonly UnsimulatedPolicy[] = ['warn', 'error', 'ok']

/** 小程序后台 → 开发设置 → 服务器域名, resolved (apis/network/domains.ts). */
export type DomainKind = 'request' | 'uploadFile' | 'downloadFile'

/** 小程序后台 → 开发设置 → 服务器域名: one list per kind, e.g. `{ request: ['https://api.example.com'] }`. */
export type DomainLists = Partial<Record<DomainKind, readonly string[]>>

export interface NetworkConfig {
  readonly domains: Readonly<Record<DomainKind, readonly Origin[]>>
  /** false: the check is off (DevTools setting, or debug mode in a develop/trial build). */
  readonly urlCheck: boolean
}

export interface Origin {
  readonly protocol: string
  readonly host: string
  /** As written; '' when the entry or URL has none (":443" is not the same as none). */
  readonly port: string
}


/** app.json fields fake-wx reads (reference/configuration/app.html). */
export interface AppJson {
  /** Page routes; the first is the home page. */
  pages?: string[]
  entryPagePath?: string
  /** Subpackages: pages under `root`. app.json accepts both spellings. */
  subpackages?: { root: string; pages: string[] }[]
  subPackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string; text?: string }[] }
  permission?: Record<string, { desc: string }>
  requiredPrivateInfos?: string[]
  requiredBackgroundModes?: string[]
  /** Network timeouts in ms (default 60000 each; an API's own `timeout` option wins). */
  networkTimeout?: { request?: number; connectSocket?: number; uploadFile?: number; downloadFile?: number }
  /**
   * The default window of every page (navigation bar, background, pull-down refresh); a page's json overrides it.
   * With navigationStyle 'custom' the page draws its own navigation bar (getWindowInfo's window is the screen).
   */
  window?: {
    navigationBarTitleText?: string
    navigationBarTextStyle?: 'white' | 'black'
    navigationBarBackgroundColor?: string
    navigationStyle?: 'default' | 'custom'
    enablePullDownRefresh?: boolean
    backgroundColor?: string
    backgroundTextStyle?: 'dark' | 'light'
  }
  /** Dark mode support: with true, getSystemInfo / getAppBaseInfo report `theme` (reference/configuration/app.html#darkmode). */
  darkmode?: boolean
}

/**
 * The fail reason of getLocation / startRecord called in the background (`backgroundCallFail`): the docs say only
 * "此接口无法调用", and no errMsg was found in public code or community threads, so this text is fake-wx's choice.
 */
export const BACKGROUND_CALL_FAIL = 'can not be invoked in background'

/** Settings where the sources disagree or are silent; each default is the documented behaviour. */
export interface FidelityOptions {
  /** How refusals are worded: a named variant ('android-legacy', 'ios-12006', …) or fields over the platform's
   *  default (errors/dialects.ts). */
  dialect?: DialectName | Partial<Dialect>
  /** Whether getSetting lists address/invoice/invoiceTitle/userInfo as true before their API was used. Default 'always'. */
  withdrawnScopes?: WithdrawnScopesPolicy
  /** Tap-only APIs check the gesture: 'enforce' (phones), 'ignore' (DevTools). Default: by platform. */
  tapGesture?: 'enforce' | 'ignore'
  /** Rules the client dropped, kept for old apps. */
  legacy?: {
    /** wx.chooseLocation asks for scope.userLocation as before 2022-06-13. Default false. */
    chooseLocationScope?: boolean
  }
  /**
   * An exception thrown inside a success/fail/complete callback: the client catches it, still runs
   * `complete`, and reports it (research.md §6). 'uncaught' (default) re-raises it afterwards as an
   * uncaught error so the test sees it; 'console' only logs it, as a phone does.
   */
  callbackErrors?: 'uncaught' | 'console'
  /**
   * A value the client's setData refuses (undefined, a patch that is not an object): the client logs
   * 'Setting data field "x" to undefined is invalid.' and skips it. 'throw' (default) makes it a
   * FakeWxError at the setData call; 'console' logs and skips as the client does.
   */
  setDataErrors?: 'throw' | 'console'
  /**
   * The server flag a release build's requiredPrivateInfos check reads (locationPrivateInfosCheckStatus):
   * true for versions published after 2022-07-14 (default), false for older, grandfathered ones (research.md §7.2).
   */
  releasePrivateInfosCheck?: boolean
  /**
   * What DevTools does differently, read only with `platform: 'devtools'`. Each default follows the strongest source:
   *  - `location`: 'gcj02-only' (default): "工具目前仅支持 gcj02 坐标" (wx.getLocation doc, 注意; H), so a wgs84 request
   *    gets gcj02 coordinates; 'as-asked' gives the requested system as a phone does.
   *  - `privacySetting`: 'as-documented' (default): getPrivacySetting reports the agreement state (the API doc, H);
   *    'never-needs-authorization' reproduces the community report that DevTools often answers needAuthorization:
   *    false even with privacy types declared (research.md §6.2, §8.17, M).
   */
  devtools?: { location?: 'gcj02-only' | 'as-asked'; privacySetting?: 'as-documented' | 'never-needs-authorization' }
  /**
   * getLocation and startRecord "当用户离开小程序后，此接口无法调用" (their docs, H; research.md §3.1, §3.2), e.g. from an
   * onAppHide listener while the settings page covers the app. The client's errMsg is not documented; the default
   * reason is this setting (`<api>:fail <reason>`), and `null` lets the calls run as before.
   */
  backgroundCallFail?: string | null
  /**
   * Which kind of app runs. 'minigame' keeps what mini games still have: scope.userInfo is not withdrawn
   * ("小游戏可继续调用", seed), so wx.getUserInfo returns the user's real profile (`rt.device.account.userInfo`)
   * once scope.userInfo is granted and fails without it. Default 'miniprogram'.
   */
  appType?: AppType
}

/** 'miniprogram' or 'minigame' (the scope table's AppKind). */
export type AppType = AppKind

export interface ResolvedConfig {
  readonly platform: Platform
  readonly SDKVersion: string
  readonly envVersion: EnvVersion
  readonly dialect: Dialect
  readonly withdrawnScopes: WithdrawnScopesPolicy
  readonly enforceTapGesture: boolean
  readonly legacy: { readonly chooseLocationScope: boolean }
  readonly callbackErrors: 'uncaught' | 'console'
  readonly devtools: { readonly location: 'gcj02-only' | 'as-asked'; readonly privacySetting: 'as-documented' | 'never-needs-authorization' }
  readonly backgroundCallFail: string | null
  readonly setDataErrors: 'throw' | 'console'
  readonly appJson: AppJson
  /** The mini program's AppID (watermarks, jscode2session, the request Referer). */
  readonly appid: string
  /** The user as WeChat's server knows them in this mini program: jscode2session returns these. */
  readonly account: { readonly openid?: string | undefined; readonly unionid?: string | undefined }
  readonly network: NetworkConfig
  /** Whether the test gave an app.json at all (without one, requiredPrivateInfos is not checked). */
  readonly appJsonGiven: boolean
  readonly releasePrivateInfosCheck: boolean
  readonly privacy: ResolvedPrivacy
  /** Location APIs not enabled in the MP admin's 接口设置 (auth/admin-apis.ts). */
  readonly disabledApis: readonly RequiredPrivateInfo[]
  /** Version-gated behaviours on this base library (versions/api-versions.ts FEATURE_SINCE). */
  readonly features: Features
  readonly appType: AppType
  /** What a member of wx fake-wx does not model does when called (surface/unsimulated.ts). */
  readonly unsimulatedApis: UnsimulatedPolicy
}

/** A made-up AppID in the real format ('wx' + 16 hex digits). */
export const DEFAULT_APPID = 'wxfa4efa4efa4efa4e'

/** A current base library (2026); version gates compare against it. */
export const DEFAULT_SDK_VERSION = '3.8.0'

/** The options createRuntime resolves into the config (the rest of RuntimeOptions shapes the runtime's state). */
export interface ConfigOptions extends FidelityOptions {
  /** Default 'ios'. */
  platform?: Platform
  /** Base library version. Default: a current one (DEFAULT_SDK_VERSION). */
  SDKVersion?: string
  /** Which build runs. Default 'release'. */
  envVersion?: EnvVersion
  /** app.json fields the flow reads: permission descriptions, requiredPrivateInfos, requiredBackgroundModes, networkTimeout. */
  appJson?: AppJson
  /** The mini program's AppID. Default: a made-up one in the real format. */
  appid?: string
  /** The user's openid in this mini program (what jscode2session returns). Default: derived from the appid. */
  openid?: string
  /** The user's unionid, when the mini program is bound to an open-platform account. Default: none. */
  unionid?: string
  /** Server domains (小程序后台 → 开发设置 → 服务器域名), e.g. `{ request: ['https://api.example.com'] }`. */
  domains?: DomainLists
  /** false: skip the domain check, as DevTools' "不校验合法域名" setting or debug mode in a develop/trial build does. Default true. */
  urlCheck?: boolean
  /** The privacy agreement (privacy/privacy-state.ts). */
  privacy?: PrivacyOptions
  /**
   * Location APIs not enabled in the MP admin ("开发-开发管理-接口设置"): each fails `<api>:fail scope unauthorized`
   * without a dialog, and wx.authorize on a scope none of whose APIs is enabled fails `authorize:fail scope unauthorized`
   * (auth/admin-apis.ts; research.md §1.3, §7.2, M). Default: all enabled.
   */
  disabledApis?: readonly RequiredPrivateInfo[]
  /**
   * A member of wx fake-wx does not model (every API of the official typings is on wx): 'warn' (default) answers
   * `<api>:ok` / the neutral value of its typed result and warns once per API; 'error' throws a FakeWxError at the
   * call site; 'ok' answers silently (surface/unsimulated.ts).
   */
  unsimulatedApis?: UnsimulatedPolicy
}
