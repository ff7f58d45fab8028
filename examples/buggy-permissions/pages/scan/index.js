// pages/scan/index.js: scan a code with the camera.
// BUG (a loop): wx.openSetting runs after an `await`, where the tap gesture is gone, so it always fails with
// "openSetting:fail can only be invoked by user TAP gesture."; its fail callback shows the modal again, and
// a user who keeps confirming goes round modal → openSetting failing → modal for ever.
Page({
  data: { status: 'idle' },

  // <button bindtap="onScan">扫一扫</button>
  async onScan() {
    try {
      await wx.authorize({ scope: 'scope.camera' })
      this.setData({ status: 'ready' })
    } catch (err) {
      this.askForCamera()
    }
  },

  async askForCamera() {
    const res = await wx.showModal({ title: '需要相机权限', content: '请在设置中允许使用相机', confirmText: '去设置' })
    if (!res.confirm) return this.setData({ status: 'declined' })
    wx.openSetting({
      success: (setting) => this.setData({ status: setting.authSetting['scope.camera'] ? 'ready' : 'denied' }),
      fail: () => this.askForCamera(),
    })
  },
})
