// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getSystemSetting.html
// Base library 2.20.1; synchronous: { bluetoothEnabled, locationEnabled, wifiEnabled, deviceOrientation }
// (typings, research.md §5, H). The phone is held upright.
import { defineSyncApi } from '../../facade/define-api.ts'

export const getSystemSetting = defineSyncApi({
  name: 'getSystemSetting',
  run(ctx) {
    const switches = ctx.device.switches
    return {
      bluetoothEnabled: switches.get('bluetooth'),
      locationEnabled: switches.get('location'),
      wifiEnabled: switches.get('wifi'),
      deviceOrientation: 'portrait' as const,
    }
  },
})
