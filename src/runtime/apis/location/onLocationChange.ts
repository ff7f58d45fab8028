// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.onLocationChange.html (2.8.1)
// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.offLocationChange.html
// offXxx without a listener removes every listener ("不传此参数则移除所有监听函数").
// Errors after start: wx.onLocationChangeError (2.19.5) with { errCode }.
import { defineEventApis } from '../../facade/define-event.ts'

export const [onLocationChange, offLocationChange] = defineEventApis('onLocationChange', 'offLocationChange', 'locationChange')
export const [onLocationChangeError, offLocationChangeError] = defineEventApis(
  'onLocationChangeError',
  'offLocationChangeError',
  'locationChangeError',
)
