// https://developers.weixin.qq.com/miniprogram/dev/api/device/scan/wx.scanCode.html
// "调起客户端扫码界面进行扫码" (H). onlyFromCamera default false "是否只能从相机扫码，不允许从相册选择图片"; scanType default
// ['barCode', 'qrCode', 'wxCode'] (doc table, H). Success { result, scanType, charSet, path, rawData }: path only "当所扫
// 的码为当前小程序二维码时", rawData "原始数据，base64编码" (typings, H); the base library strips '.html' from path
// (reconstructed WAService scanCode, M). The scanner opens the camera: WeChat's OS camera permission applies unless the
// user picks a photo from the album (L: the exact text for scanCode was not found; device/os-permissions.ts camera).
// Cancel: "scanCode:fail cancel" (many shipped apps compare with it, M).
import { checkOsLayer } from '../../device/os-gate.ts'
import { ERRNO } from '../../errors/errno.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'

type CodeType = PayloadOf<'scanCode'>['scanType']

/** Which result types each scanType option lets the scanner read (typings: 一维码 / 二维码 per type). */
const READS: Record<string, readonly CodeType[]> = {
  barCode: ['AZTEC', 'CODABAR', 'CODE_39', 'CODE_93', 'CODE_128', 'EAN_8', 'EAN_13', 'ITF', 'MAXICODE', 'RSS_14', 'RSS_EXPANDED', 'UPC_A', 'UPC_E', 'UPC_EAN_EXTENSION', 'CODE_25'],
  qrCode: ['QR_CODE'],
  wxCode: ['WX_CODE'],
  datamatrix: ['DATA_MATRIX'],
  pdf417: ['PDF_417'],
}

export const scanCode = defineAsyncApi({
  name: 'scanCode',
  params: { onlyFromCamera: 'Boolean', scanType: 'Array' },
  async run(ctx, o) {
    const onlyFromCamera = o.onlyFromCamera === true
    const scanType = o.scanType?.length ? [...o.scanType] : ['barCode', 'qrCode', 'wxCode']
    if (onlyFromCamera) {
      const refused = await checkOsLayer(ctx, 'camera')
      if (refused) return refused
    }
    const answer = await ctx.user.ask('scanCode', 'scanCode', { onlyFromCamera, scanType })
    if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
    const code = typeof answer === 'string' ? { result: answer } : answer
    if (code.source === 'album' && onlyFromCamera) {
      throw new FakeWxError('The user scanned a photo from the album, but onlyFromCamera is true ("不允许从相册选择图片").')
    }
    if (code.source !== 'album' && !onlyFromCamera) {
      const refused = await checkOsLayer(ctx, 'camera')
      if (refused) return refused
    }
    const type: CodeType = code.scanType ?? 'QR_CODE'
    if (!scanType.some((t) => READS[t]?.includes(type))) {
      throw new FakeWxError(`The scanner was set to read ${JSON.stringify(scanType)}; it does not read a ${type} code.`, `Answer with a code of those types, or 'cancel'.`)
    }
    const path = code.path?.replace(/\.html$/, '').replace(/\.html\?/, '?')
    return ok({
      result: code.result,
      scanType: type,
      // UTF-8 unless the test says otherwise (fixture value, L).
      charSet: code.charSet ?? 'UTF-8',
      rawData: code.rawData ?? Buffer.from(code.result, 'utf8').toString('base64'),
      ...(path !== undefined ? { path } : {}),
    } as PayloadOf<'scanCode'>)
  },
})
