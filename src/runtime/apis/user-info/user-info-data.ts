import type { ApiContext } from '../../core.ts'
import { compareVersion } from '../../config.ts'
import { openDataResult, signRawData } from '../../open-data/open-data-result.ts'
import { accountOf } from '../../open-data/session.ts'

/**
 * The grey default avatar the client returns instead of the user's, as a real anonymous getUserProfile result
 * shows it and dozens of codebases name it "the WeChat default avatar" (research.md §4.2, M).
 */
export const ANONYMOUS_AVATAR_URL =
  'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132'

/** The nickname of every anonymous profile. */
export const ANONYMOUS_NICKNAME = '微信用户'

/**
 * Base libraries before this still get real data from wx.getUserProfile ([PROFILE-2022] update of 2022-11-09,
 * research.md §4.2, H).
 */
export const ANONYMOUS_PROFILE_SINCE = '2.27.1'

/** What the client returns since the user-info changes (getUserInfo 2021-04-28, getUserProfile 2022-11-08). */
export type AnonymousUserInfo = Omit<WechatMiniprogram.UserInfo, 'language'> & { language: ''; is_demote: 'true' }

/**
 * The anonymous profile, field for field (and in the same order, which `rawData` shows) as captured from a real
 * client: `{ nickName: "微信用户", gender: 0, language: "", city: "", province: "", country: "", avatarUrl, is_demote: "true" }`
 * — `is_demote` is the *string* "true" in `userInfo`, while the same capture's `rawData` has the boolean
 * (`"is_demote":true`): research.md §4.2 (a real PC WeChat result in public code, M). See `rawFormOf`.
 */
export function anonymousUserInfo(): AnonymousUserInfo {
  return { nickName: ANONYMOUS_NICKNAME, gender: 0, language: '', city: '', province: '', country: '', avatarUrl: ANONYMOUS_AVATAR_URL, is_demote: 'true' }
}

/** The profile as the server's JSON has it (rawData, the encrypted copy): `is_demote` a boolean (research.md §4.2). */
function rawFormOf(userInfo: object): object {
  return 'is_demote' in userInfo ? { ...userInfo, is_demote: userInfo.is_demote === 'true' || userInfo.is_demote === true } : userInfo
}

/** The user's real profile (`rt.device.account.userInfo`) in the asked language ("lang 默认 en"). */
export function realUserInfo(ctx: ApiContext, lang: string | undefined): WechatMiniprogram.UserInfo {
  const { nickName, gender, city, province, country, avatarUrl } = ctx.device.account.userInfo
  const language = lang === 'zh_CN' || lang === 'zh_TW' ? lang : 'en'
  return { nickName, gender, language, city, province, country, avatarUrl }
}

/** Whether wx.getUserProfile still hands out real data here (mini games; base libraries before 2.27.1). */
export function profileIsReal(ctx: ApiContext): boolean {
  return ctx.config.appType === 'minigame' || compareVersion(ctx.config.SDKVersion, ANONYMOUS_PROFILE_SINCE) < 0
}

type UserInfoPayload = Omit<WechatMiniprogram.GetUserInfoSuccessCallbackResult, 'errMsg'>

/**
 * The result around a profile: `userInfo`, `rawData` (its JSON), `signature` = sha1(rawData + session_key),
 * and the encrypted copy (`encryptedData`, `iv`, `cloudID`) unless `withCredentials: false`
 * ("当 withCredentials 为 false 时 … 返回的数据不包含 encryptedData, iv 等敏感信息", getUserInfo doc, H).
 * wx.getUserInfo's encrypted copy also carries `openId` (and `unionId` when bound: the getUserInfo doc's open-data
 * JSON, H); wx.getUserProfile's does not ("返回的加密数据中不包含 openId 和 unionId 字段", H): `withIds`.
 */
export function userInfoPayload(ctx: ApiContext, userInfo: object, options: { withCredentials?: boolean; withIds: boolean }): UserInfoPayload {
  const raw = rawFormOf(userInfo)
  const rawData = JSON.stringify(raw)
  const base = { userInfo, rawData, signature: signRawData(ctx, rawData) }
  if (options.withCredentials === false) return base as unknown as UserInfoPayload
  const { openid, unionid } = accountOf(ctx)
  const plain = options.withIds ? { openId: openid, ...raw, ...(unionid ? { unionId: unionid } : {}) } : raw
  return { ...base, ...openDataResult(ctx, plain) } as unknown as UserInfoPayload
}
