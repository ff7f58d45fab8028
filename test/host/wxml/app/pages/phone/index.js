Page({
  data: { phoneCode: '', errMsg: '' },
  onPhone(e) {
    this.setData({ errMsg: e.detail.errMsg, phoneCode: e.detail.code || '' , hasEncrypted: typeof e.detail.encryptedData === 'string' })
  },
  onRealtime(e) {
    this.setData({ realtime: e.detail })
  },
})
