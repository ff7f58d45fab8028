// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getAppAuthorizeSetting.html
// Base library 2.20.1; synchronous. WeChat's own OS permissions: 'authorized' | 'denied' | 'not determined'
// ('not determined' iOS only). albumAuthorized, locationReducedAccuracy and the notification details are
// "仅 iOS 有效"; bluetoothAuthorized is valid on Android from base library 3.5.0 (typings, research.md §5, H).
// Where a field is not valid this fake leaves it out (what the client puts there is not documented, "?").
import { compareVersion } from '../../config.ts'
import { defineSyncApi } from '../../facade/define-api.ts'

export const getAppAuthorizeSetting = defineSyncApi({
  name: 'getAppAuthorizeSetting',
  run(ctx) {
    const os = ctx.device.os
    const ios = ctx.device.platform === 'ios'
    const notification = os.get('notification')
    const bluetoothValid = ctx.device.platform !== 'android' || compareVersion(ctx.config.SDKVersion, '3.5.0') >= 0
    return {
      ...(ios ? { albumAuthorized: os.get('album') } : {}),
      ...(bluetoothValid ? { bluetoothAuthorized: os.get('bluetooth') } : {}),
      cameraAuthorized: os.get('camera'),
      locationAuthorized: os.get('location'),
      ...(ios ? { locationReducedAccuracy: os.locationReducedAccuracy } : {}),
      microphoneAuthorized: os.get('microphone'),
      notificationAuthorized: notification,
      ...(ios
        ? { notificationAlertAuthorized: notification, notificationBadgeAuthorized: notification, notificationSoundAuthorized: notification }
        : {}),
      phoneCalendarAuthorized: os.get('calendar'),
    } as WechatMiniprogram.AppAuthorizeSetting
  },
})
