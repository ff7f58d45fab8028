// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.readBLECharacteristicValue.html (1.1.0)
// "读取蓝牙低功耗设备特征值的二进制数据。注意：必须设备的特征支持 read 才可以成功调用" (H) → else 10007.
// "接口读取到的信息需要在 wx.onBLECharacteristicValueChange 方法注册的回调中获取" (H): success says the read was
// made; the value follows through the listener, after the success (L: order not documented). A read needs no
// notifyBLECharacteristicValueChange subscription.
import { ok } from '../../errors/wx-error.ts'
import { later } from '../../facade/deliver.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { emitEvent } from './ble-central.ts'
import { bleFail } from './ble-errors.ts'
import { gattTarget } from './ble-gatt.ts'

export const readBLECharacteristicValue = defineAsyncApi({
  name: 'readBLECharacteristicValue',
  params: { deviceId: 'String!', serviceId: 'String!', characteristicId: 'String!' },
  run(ctx, options) {
    const target = gattTarget(ctx, options)
    if ('ok' in target) return target
    const { link, serviceId, characteristic } = target
    if (!characteristic.properties.read) return bleFail(10007)
    const value = characteristic.value.slice(0)
    later(() =>
      emitEvent(ctx, 'onBLECharacteristicValueChange', 'bleCharacteristicValueChange', {
        deviceId: link.peripheral.deviceId,
        serviceId,
        characteristicId: characteristic.uuid,
        value,
      }),
    )
    return ok({ errCode: 0 } as PayloadOf<'readBLECharacteristicValue'>)
  },
})
