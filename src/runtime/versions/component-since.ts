/**
 * `wx.canIUse('${component}.${attribute}.${option}')`: components, their attributes and attribute values with the
 * base library each needs ("最低版本" columns of the component doc pages). Rows are the schemas public code checks
 * (find_string `wx.canIUse('`: `button.open-type.getUserInfo` in most quick-start templates, `button.open-type.share`,
 * `open-data.type.userAvatarUrl` / `userNickName` in the current template) and the permission flow's buttons.
 *
 * Sources (H: WeChat's own pages):
 *  - button: https://developers.weixin.qq.com/miniprogram/dev/component/button.html (mirror
 *    mp.weixin.qq.com/debug/wxadoc/dev/component/button.html): "基础库 1.0.0 开始支持", the attribute table and the
 *    open-type 合法值 with their 最低版本 (H).
 *  - input: https://developers.weixin.qq.com/miniprogram/dev/component/input.html (the page's JSON table): type
 *    合法值 safe-password 2.18.0, nickname 2.21.2 (H).
 *  - open-data: https://developers.weixin.qq.com/miniprogram/en/dev/component/open-data.html: 1.4.0, type values (H).
 */
const BUTTON = 'component/button.html (H)'
const INPUT = 'component/input.html (H)'
const OPEN_DATA = 'component/open-data.html (H)'

const rows = (source: string, since: string, names: readonly string[]) => Object.fromEntries(names.map((n) => [n, { since, source }]))

export const COMPONENT_SINCE: Readonly<Record<string, { readonly since: string; readonly source: string }>> = {
  ...rows(BUTTON, '1.0.0', ['button', 'button.size', 'button.type', 'button.plain', 'button.disabled', 'button.loading', 'button.form-type']),
  ...rows(BUTTON, '1.0.0', ['button.hover-class', 'button.hover-start-time', 'button.hover-stay-time']),
  ...rows(BUTTON, '1.0.0', ['button.size.default', 'button.size.mini', 'button.type.primary', 'button.type.default', 'button.type.warn']),
  ...rows(BUTTON, '1.0.0', ['button.form-type.submit', 'button.form-type.reset']),
  ...rows(BUTTON, '1.1.0', ['button.open-type', 'button.open-type.contact']),
  ...rows(BUTTON, '1.2.0', ['button.open-type.share', 'button.open-type.getPhoneNumber', 'button.bindgetphonenumber']),
  ...rows(BUTTON, '1.3.0', ['button.open-type.getUserInfo', 'button.lang', 'button.bindgetuserinfo']),
  ...rows(BUTTON, '1.4.0', ['button.session-from']),
  ...rows(BUTTON, '1.5.0', ['button.hover-stop-propagation', 'button.send-message-title', 'button.send-message-path', 'button.send-message-img', 'button.show-message-card']),
  ...rows(BUTTON, '1.9.5', ['button.open-type.launchApp', 'button.app-parameter']),
  ...rows(BUTTON, '2.0.7', ['button.open-type.openSetting', 'button.bindopensetting']),
  ...rows(BUTTON, '2.1.0', ['button.open-type.feedback']),
  ...rows(BUTTON, '2.21.2', ['button.open-type.chooseAvatar', 'button.bindchooseavatar']),
  ...rows(BUTTON, '2.24.4', ['button.open-type.getRealtimePhoneNumber']),
  ...rows(BUTTON, '2.26.2', ['button.open-type.liveActivity']),
  ...rows(BUTTON, '2.32.3', ['button.open-type.agreePrivacyAuthorization', 'button.bindagreeprivacyauthorization']),
  ...rows(INPUT, '1.0.0', ['input', 'input.value', 'input.type', 'input.password', 'input.placeholder', 'input.placeholder-style']),
  ...rows(INPUT, '1.0.0', ['input.placeholder-class', 'input.disabled', 'input.maxlength', 'input.cursor-spacing', 'input.auto-focus', 'input.focus']),
  ...rows(INPUT, '1.0.0', ['input.type.text', 'input.type.number', 'input.type.idcard', 'input.type.digit']),
  ...rows(INPUT, '1.1.0', ['input.confirm-type', 'input.confirm-hold']),
  ...rows(INPUT, '1.1.0', ['input.confirm-type.send', 'input.confirm-type.search', 'input.confirm-type.next', 'input.confirm-type.go', 'input.confirm-type.done']),
  ...rows(INPUT, '1.5.0', ['input.cursor']),
  ...rows(INPUT, '2.10.4', ['input.always-embed']),
  ...rows(INPUT, '2.18.0', ['input.type.safe-password']),
  ...rows(INPUT, '2.21.2', ['input.type.nickname']),
  ...rows(INPUT, '3.1.0', ['input.cursor-color']),
  ...rows(OPEN_DATA, '1.4.0', ['open-data', 'open-data.type', 'open-data.open-gid', 'open-data.lang', 'open-data.type.groupName']),
  ...rows(OPEN_DATA, '1.9.90', ['open-data.type.userNickName', 'open-data.type.userAvatarUrl', 'open-data.type.userGender', 'open-data.type.userCity']),
  ...rows(OPEN_DATA, '1.9.90', ['open-data.type.userProvince', 'open-data.type.userCountry', 'open-data.type.userLanguage']),
  ...rows(OPEN_DATA, '2.8.1', ['open-data.default-text', 'open-data.default-avatar', 'open-data.binderror']),
}
