import { disableAlertBeforeUnload } from './disableAlertBeforeUnload.ts'
import { enableAlertBeforeUnload } from './enableAlertBeforeUnload.ts'
import { hideHomeButton } from './hideHomeButton.ts'
import { hideLoading } from './hideLoading.ts'
import { hideNavigationBarLoading } from './hideNavigationBarLoading.ts'
import { hideTabBar } from './hideTabBar.ts'
import { hideTabBarRedDot } from './hideTabBarRedDot.ts'
import { hideToast } from './hideToast.ts'
import { nextTick } from './nextTick.ts'
import { pageScrollTo } from './pageScrollTo.ts'
import { removeTabBarBadge } from './removeTabBarBadge.ts'
import { setBackgroundColor } from './setBackgroundColor.ts'
import { setBackgroundTextStyle } from './setBackgroundTextStyle.ts'
import { setNavigationBarColor } from './setNavigationBarColor.ts'
import { setNavigationBarTitle } from './setNavigationBarTitle.ts'
import { setTabBarBadge } from './setTabBarBadge.ts'
import { setTabBarItem } from './setTabBarItem.ts'
import { setTabBarStyle } from './setTabBarStyle.ts'
import { showActionSheet } from './showActionSheet.ts'
import { showLoading } from './showLoading.ts'
import { showModal } from './showModal.ts'
import { showNavigationBarLoading } from './showNavigationBarLoading.ts'
import { showTabBar } from './showTabBar.ts'
import { showTabBarRedDot } from './showTabBarRedDot.ts'
import { showToast } from './showToast.ts'
import { startPullDownRefresh } from './startPullDownRefresh.ts'
import { stopPullDownRefresh } from './stopPullDownRefresh.ts'

// In the order of the doc's 界面 section: interaction, navigation bar, tab bar, background, scroll, pull-down refresh, custom component.
export const UI_APIS = [
  showToast,
  hideToast,
  showLoading,
  hideLoading,
  showModal,
  showActionSheet,
  enableAlertBeforeUnload,
  disableAlertBeforeUnload,
  setNavigationBarTitle,
  setNavigationBarColor,
  showNavigationBarLoading,
  hideNavigationBarLoading,
  hideHomeButton,
  showTabBar,
  hideTabBar,
  setTabBarBadge,
  removeTabBarBadge,
  showTabBarRedDot,
  hideTabBarRedDot,
  setTabBarStyle,
  setTabBarItem,
  setBackgroundColor,
  setBackgroundTextStyle,
  pageScrollTo,
  startPullDownRefresh,
  stopPullDownRefresh,
  nextTick,
] as const
