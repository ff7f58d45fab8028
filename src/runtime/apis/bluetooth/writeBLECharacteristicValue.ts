// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.writeBLECharacteristicValue.html (1.1.0)
// "向蓝牙低功耗设备特征值中写入二进制数据。注意：必须设备的特征支持 write 才可以成功调用" (H).
// writeType (2.22.0): "iOS 优先 write，安卓优先 writeNoResponse"; 'write' / 'writeNoResponse' "强制…，不支持时报错"
// (typings, H) → 10007 property not support.
// Size: "小程序不会对写入数据包大小做限制，但系统与蓝牙设备会限制蓝牙 4.0 单次传输的数据大小，超过最大字节数后会发生
// 写入错误，建议每次写入不超过 20 字节" and "若单次写入数据过长，iOS 上存在系统不会有任何回调的情况（包括错误回调）" (H).
// The limit is ATT_MTU − 3 ("实际可以传输的数据长度为 ATT_MTU - 3", getBLEMTU doc, H); iOS writes with response
// up to 512 bytes (ATT long write, L). Too long: iOS never answers; Android fails 10008 system error (L).
import { phoneSide } from '../../device/ble-peripheral-handle.ts'
import type { PeripheralCharacteristic } from '../../device/ble-peripheral.ts'
import { ok, type Outcome } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { parameterError, typeName } from '../../facade/params.ts'
import { bleFail } from './ble-errors.ts'
import { gattTarget } from './ble-gatt.ts'

type Result = Outcome<PayloadOf<'writeBLECharacteristicValue'>>

/** Which write the client makes, or undefined when the characteristic allows none of them. */
function writeTypeFor(c: PeripheralCharacteristic, asked: string | undefined, ios: boolean): 'write' | 'writeNoResponse' | undefined {
  const { write, writeNoResponse } = c.properties
  if (asked === 'write') return write ? 'write' : undefined
  if (asked === 'writeNoResponse') return writeNoResponse ? 'writeNoResponse' : undefined
  if (ios) return write ? 'write' : writeNoResponse ? 'writeNoResponse' : undefined
  return writeNoResponse ? 'writeNoResponse' : write ? 'write' : undefined
}

export const writeBLECharacteristicValue = defineAsyncApi({
  name: 'writeBLECharacteristicValue',
  params: { deviceId: 'String!', serviceId: 'String!', characteristicId: 'String!', writeType: 'String' },
  run(ctx, options): Result | Promise<Result> {
    // value is an ArrayBuffer ("这里的value是ArrayBuffer类型", doc example, H); the parameter-error form is params.ts' (M).
    if (!(options.value instanceof ArrayBuffer)) return parameterError('value', 'ArrayBuffer', typeName(options.value))
    const target = gattTarget(ctx, options)
    if ('ok' in target) return target
    const { link, serviceId, characteristic } = target
    const ios = ctx.device.platform !== 'android'
    const writeType = writeTypeFor(characteristic, options.writeType, ios)
    if (!writeType) return bleFail(10007)
    const limit = ios && writeType === 'write' ? 512 : link.mtu - 3
    if (options.value.byteLength > limit) {
      if (ios) {
        ctx.trace.record({ type: 'note', text: `writeBLECharacteristicValue: ${options.value.byteLength} bytes > ${limit}; iOS gives no callback` })
        return new Promise<Result>(() => {})
      }
      return bleFail(10008)
    }
    phoneSide(link.peripheral).received({ serviceId, characteristicId: characteristic.uuid, value: options.value.slice(0), writeType })
    return ok({ errCode: 0 } as PayloadOf<'writeBLECharacteristicValue'>)
  },
})
