// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.notifyBLECharacteristicValueChange.html (1.1.0)
// "启用蓝牙低功耗设备特征值变化时的 notify 功能，订阅特征。注意：必须设备的特征支持 notify 或者 indicate 才可以成功
// 调用" (H) → else 10007. "必须先启用 wx.notifyBLECharacteristicValueChange 才能监听到设备 characteristicValueChange
// 事件"; "订阅操作成功后需要设备主动更新特征的 value，才会触发 wx.onBLECharacteristicValueChange 回调" (H): the test's
// `peripheral.notify(...)`. `type` (2.4.0) 'notification' | 'indication' asks for that one (its property needed, L).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { subscriptionKey } from './ble-central.ts'
import { bleFail } from './ble-errors.ts'
import { gattTarget } from './ble-gatt.ts'

export const notifyBLECharacteristicValueChange = defineAsyncApi({
  name: 'notifyBLECharacteristicValueChange',
  params: { deviceId: 'String!', serviceId: 'String!', characteristicId: 'String!', state: 'Boolean!', type: 'String' },
  run(ctx, options) {
    const target = gattTarget(ctx, options)
    if ('ok' in target) return target
    const { link, serviceId, characteristic } = target
    const { notify, indicate } = characteristic.properties
    const supported = options.type === 'notification' ? notify : options.type === 'indication' ? indicate : notify || indicate
    if (!supported) return bleFail(10007)
    const key = subscriptionKey(serviceId, characteristic.uuid)
    if (options.state) link.subscribed.add(key)
    else link.subscribed.delete(key)
    return ok({ errCode: 0 } as PayloadOf<'notifyBLECharacteristicValueChange'>)
  },
})
