import type { RuntimeCore } from '../../core.ts'

/**
 * `subscriptionsSetting`: the main switch of subscription messages and the templates the user
 * answered with "总是保持以上选择，不再询问". A fresh user: `{ mainSwitch: true }`, no itemSettings
 * (research.md §1.4, L).
 */
export function subscriptionsSettingOf(_core: RuntimeCore): WechatMiniprogram.SubscriptionsSetting {
  return { mainSwitch: true }
}
