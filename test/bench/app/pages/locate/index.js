// The recovery flow (test/bench/baselines.ts recoveryFlow) written as a page: getSetting, authorize refused,
// a modal whose confirm opens the settings page, then getLocation.
const { call } = require('../../utils/wx-promise')

Page({
  data: { latitude: 0 },
  async locate() {
    await call('getSetting')
    try {
      await call('authorize', { scope: 'scope.userLocation' })
    } catch (e) {
      // refused: fall through to the modal
    }
    await new Promise((resolve) => {
      wx.showModal({
        title: 't',
        content: 'c',
        success: (modal) => {
          if (modal.confirm) wx.openSetting({ success: resolve, fail: resolve })
          else resolve()
        },
        fail: resolve,
      })
    })
    const { latitude } = await call('getLocation', { type: 'gcj02' })
    getApp().globalData.located++
    this.setData({ latitude })
  },
})
