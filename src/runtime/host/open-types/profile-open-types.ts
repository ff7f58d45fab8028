import type { RuntimeCore } from '../../core.ts'
import { makeJpeg } from '../../apis/media/image-bytes.ts'
import { bytesOf, extensionOfBytes, imageHeaderOf, writeTemp } from '../../apis/media/media-files.ts'
import { anonymousUserInfo, userInfoPayload } from '../../apis/user-info/user-info-data.ts'
import { errMsgOf } from '../../errors/wx-error.ts'
import { contextFor } from '../../facade/invoke.ts'
import type { OpenTypeButton, OpenTypeResult } from '../open-types.ts'
import { openTypePrivacy } from './open-type-privacy.ts'

/** The WeChat avatar as the sheet hands it over: a square JPEG (the profile's `/132` size, M). */
export const WECHAT_AVATAR_SIZE = 132
/** A photo from the album or the camera, cropped square by the sheet; its size in pixels is not documented (L). */
export const PICKED_AVATAR_SIZE = 640

/**
 * open-type="chooseAvatar" (2.21.2; component/button.html "获取用户头像，可以从bindchooseavatar回调中获取到头像信息";
 * framework/open-ability/userProfile.html, H): the avatar sheet, then bindchooseavatar with `detail.avatarUrl`, a
 * temporary file path ("获取到的是本地临时链接", e.g. `http://tmp/….jpeg` in DevTools — community write-up, M), one that
 * wx.uploadFile can send. A cancel fires no event: the client logs "[Component] <button>: chooseAvatar:fail cancel"
 * (several apps' code and notes, M), as it logs a privacy refusal ("chooseAvatar:fail privacy permission is not
 * authorized", M). The avatar is a privacy guard ("收集你的昵称、头像", research.md §6.4).
 */
export async function chooseAvatar(core: RuntimeCore): Promise<OpenTypeResult | undefined> {
  const refused = await openTypePrivacy(core, 'chooseAvatar')
  if (refused) return renderLayerError(core, errMsgOf('chooseAvatar', refused.reason))
  const answer = await core.user.ask('chooseAvatar', 'chooseAvatar', {})
  if (answer === 'cancel') return renderLayerError(core, 'chooseAvatar:fail cancel')
  const picked = typeof answer === 'string' ? { source: answer } : answer
  const side = picked.source === 'wechat' || picked.source === undefined ? WECHAT_AVATAR_SIZE : PICKED_AVATAR_SIZE
  const given = picked.data !== undefined ? bytesOf(picked.data, 'the chooseAvatar answer') : undefined
  const bytes = given ?? makeJpeg(picked.width ?? side, picked.height ?? side)
  const extension = given && imageHeaderOf(given) ? extensionOfBytes(given, 'jpeg') : 'jpeg'
  const avatarUrl = writeTemp(contextFor(core, 'chooseAvatar'), extension, bytes)
  return { event: 'chooseavatar', detail: { avatarUrl } }
}

/**
 * open-type="getUserInfo" (1.3.0): "回调的detail数据与wx.getUserInfo返回的一致" (component/button.html, H). Since
 * 2021-04-28 the button shows no dialog and hands out the anonymous profile, as wx.getUserInfo does
 * ([USERINFO-2021], research.md §4.2, H): `{ errMsg: 'getUserInfo:ok', userInfo, rawData, signature, encryptedData, iv, cloudID }`.
 */
export async function userInfoButton(core: RuntimeCore, _button: OpenTypeButton): Promise<OpenTypeResult> {
  const payload = userInfoPayload(contextFor(core, 'getUserInfo'), anonymousUserInfo(), { withIds: true })
  return { event: 'getuserinfo', detail: { errMsg: 'getUserInfo:ok', ...payload } }
}

/** The client's render-layer log for an open-type that reports no event ("[Component] <button>: …"). */
function renderLayerError(core: RuntimeCore, errMsg: string): undefined {
  core.trace.record({ type: 'note', text: `[Component] <button>: ${errMsg}` })
  return undefined
}
