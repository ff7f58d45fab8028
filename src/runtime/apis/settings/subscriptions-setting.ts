import type { RuntimeCore } from '../../core.ts'
import { subscribeStateOf } from '../subscribe-message/subscribe-state.ts'

/**
 * `subscriptionsSetting`: the main switch of subscription messages and the templates the user
 * answered with "总是保持以上选择，不再询问" ("itemSettings 只返回用户勾选过订阅面板中的“总是保持以上选择，不再询问”的订阅消息",
 * typings, H). A fresh user: `{ mainSwitch: true }`, no itemSettings (research.md §1.4, L).
 */
export function subscriptionsSettingOf(core: RuntimeCore): WechatMiniprogram.SubscriptionsSetting {
  const { mainSwitch, itemSettings } = subscribeStateOf(core)
  return itemSettings.size ? { mainSwitch, itemSettings: Object.fromEntries(itemSettings) } : { mainSwitch }
}
