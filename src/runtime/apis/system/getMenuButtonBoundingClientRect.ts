// https://developers.weixin.qq.com/miniprogram/dev/api/ui/menu/wx.getMenuButtonBoundingClientRect.html
// Base library 2.1.0; synchronous. "获取菜单按钮（右上角胶囊按钮）的布局位置信息。坐标信息以屏幕左上角为原点":
// { width, height, top, right, bottom, left } in px (H). Geometry: device/system-profile.ts (M).
import { defineSyncApi } from '../../facade/define-api.ts'

export const getMenuButtonBoundingClientRect = defineSyncApi({
  name: 'getMenuButtonBoundingClientRect',
  run: (ctx) => ctx.device.system.menuButton(),
})
