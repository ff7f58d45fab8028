/**
 * THE scope table: which scope guards which APIs and components, and how the client asks for it.
 * Source: the official "用户授权" page (../shared/seeds/user-authorization.md) and its current list
 * (research.md §3). Everything that needs to know about scopes reads this one table.
 *
 * `ask`:
 *  - 'dialog'        first use shows the permission dialog; the answer is remembered.
 *  - 'settings-only' never a dialog; only the settings page can turn it on (scope.userLocationBackground,
 *                    "不会弹窗提醒用户", research.md §4.1).
 *  - 'withdrawn'     authorization cancelled: no dialog, the API may be called directly and getSetting
 *                    reports the scope as true (address/invoice since 2020-09-25, userInfo since 2021-04-28).
 *
 * `guards` name what the scope protects, as the docs name it: `wx.getLocation` for an API,
 * `RecorderManager.start` for a method, `<camera>` for a component.
 */
export type AskMode = 'dialog' | 'settings-only' | 'withdrawn'

/** The kinds of app a scope rule can be limited to (config.ts `appType`). */
export type AppKind = 'miniprogram' | 'minigame'

/** The OS permission WeChat itself needs for a capability (wx.getAppAuthorizeSetting's names). */
export type OsPermission = 'location' | 'camera' | 'microphone' | 'album' | 'bluetooth' | 'calendar' | 'contacts'

export interface ScopeRow {
  readonly ask: AskMode
  readonly description: string
  readonly guards: readonly string[]
  /** Guards that the seed lists but the client dropped; kept behind a runtime option. */
  readonly legacyGuards?: readonly string[]
  readonly os?: OsPermission
  /** For `ask: 'withdrawn'`: the kinds of app it is withdrawn for (default: all). */
  readonly withdrawnIn?: readonly AppKind[]
  /** Where the row comes from. */
  readonly source: string
}

export const SCOPE_TABLE = {
  'scope.userLocation': {
    ask: 'dialog',
    description: '精确地理位置',
    // MapContext.moveToLocation: in the current official list, not in the seed (research.md §3, H).
    guards: ['wx.getLocation', 'wx.startLocationUpdate', 'MapContext.moveToLocation'],
    // Seed lists wx.chooseLocation; since 2022-06-13 it needs no scope (research.md §3, [CHOOSELOC-2022]).
    // `createRuntime({ legacy: { chooseLocationScope: true } })` restores the old rule.
    legacyGuards: ['wx.chooseLocation'],
    os: 'location',
    source: 'seed; authorize.html',
  },
  'scope.userFuzzyLocation': {
    ask: 'dialog',
    description: '模糊地理位置',
    guards: ['wx.getFuzzyLocation'],
    os: 'location',
    source: 'authorize.html (2022-07-14); not in the seed',
  },
  'scope.userLocationBackground': {
    ask: 'settings-only',
    description: '后台定位',
    guards: ['wx.startLocationUpdateBackground'],
    os: 'location',
    source: 'seed; authorize.html "不会弹窗提醒用户"',
  },
  'scope.record': {
    ask: 'dialog',
    description: '麦克风',
    guards: ['<live-pusher>', 'wx.startRecord', 'wx.joinVoIPChat', 'RecorderManager.start'],
    os: 'microphone',
    source: 'seed',
  },
  'scope.camera': {
    ask: 'dialog',
    description: '摄像头',
    guards: ['<camera>', '<live-pusher>', 'wx.createVKSession'],
    os: 'camera',
    source: 'seed',
  },
  'scope.bluetooth': {
    ask: 'dialog',
    description: '蓝牙',
    guards: ['wx.openBluetoothAdapter', 'wx.createBLEPeripheralServer'],
    os: 'bluetooth',
    source: 'seed; enforced since 2022-02-21',
  },
  'scope.writePhotosAlbum': {
    ask: 'dialog',
    description: '添加到相册',
    guards: ['wx.saveImageToPhotosAlbum', 'wx.saveVideoToPhotosAlbum'],
    os: 'album',
    source: 'seed',
  },
  'scope.addPhoneContact': {
    ask: 'dialog',
    description: '添加到联系人',
    guards: ['wx.addPhoneContact'],
    os: 'contacts',
    source: 'seed; enforced since 2022-02-21',
  },
  'scope.addPhoneCalendar': {
    ask: 'dialog',
    description: '添加到日历',
    guards: ['wx.addPhoneRepeatCalendar', 'wx.addPhoneCalendar'],
    os: 'calendar',
    source: 'seed; enforced since 2022-02-21',
  },
  'scope.werun': {
    ask: 'dialog',
    description: '微信运动步数',
    guards: ['wx.getWeRunData'],
    source: 'seed',
  },
  'scope.address': {
    ask: 'withdrawn',
    description: '通讯地址（已取消授权，可以直接调用对应接口）',
    guards: ['wx.chooseAddress'],
    source: 'seed',
  },
  'scope.invoiceTitle': {
    ask: 'withdrawn',
    description: '发票抬头（已取消授权，可以直接调用对应接口）',
    guards: ['wx.chooseInvoiceTitle'],
    source: 'seed',
  },
  'scope.invoice': {
    ask: 'withdrawn',
    description: '获取发票（已取消授权，可以直接调用对应接口）',
    guards: ['wx.chooseInvoice'],
    source: 'seed',
  },
  'scope.userInfo': {
    ask: 'withdrawn',
    description: '用户信息（小程序已回收，请使用头像昵称填写，小游戏可继续调用）',
    guards: ['wx.getUserInfo'],
    // "小程序已回收 … 小游戏可继续调用" (seed): mini games keep the scope (createRuntime({ appType: 'minigame' })).
    withdrawnIn: ['miniprogram'],
    source: 'seed; withdrawn 2021-04-28',
  },
} as const satisfies Record<string, ScopeRow>

export type Scope = keyof typeof SCOPE_TABLE

export const SCOPES = Object.keys(SCOPE_TABLE) as Scope[]

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && Object.hasOwn(SCOPE_TABLE, value)
}

export function scopeRow(scope: Scope): ScopeRow {
  return SCOPE_TABLE[scope]
}

const withdrawnFor = (appKind: AppKind) =>
  SCOPES.filter((s) => {
    const row: ScopeRow = SCOPE_TABLE[s]
    return row.ask === 'withdrawn' && (row.withdrawnIn?.includes(appKind) ?? true)
  })

/** Scopes whose authorization is withdrawn (no dialog, always true), per kind of app. */
export const WITHDRAWN_SCOPES: Readonly<Record<AppKind, readonly Scope[]>> = {
  miniprogram: withdrawnFor('miniprogram'),
  minigame: withdrawnFor('minigame'),
}

/** Whether `scope`'s authorization is withdrawn for this kind of app. */
export function isWithdrawn(scope: Scope, appKind: AppKind = 'miniprogram'): boolean {
  return WITHDRAWN_SCOPES[appKind].includes(scope)
}

/** Scopes asked by a dialog: the default set a preset applies to. */
export const DIALOG_SCOPES = SCOPES.filter((s) => SCOPE_TABLE[s].ask === 'dialog')

/** The scope that guards `guard` (e.g. 'wx.getLocation'), or undefined. Legacy guards count only when asked. */
export function scopeGuarding(guard: string, withLegacy = false): Scope | undefined {
  return SCOPES.find((s) => {
    const row: ScopeRow = SCOPE_TABLE[s]
    return row.guards.includes(guard) || (withLegacy && row.legacyGuards?.includes(guard))
  })
}
