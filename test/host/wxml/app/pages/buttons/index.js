Page({
  data: { denied: false, camera: false, events: [] },
  onSave() {
    wx.saveImageToPhotosAlbum({
      filePath: 'http://tmp/poster.png',
      fail: (err) => { if (/auth/.test(err.errMsg)) this.setData({ denied: true }) },
    })
  },
  onSetting(e) { this.data.events.push(['opensetting', e.detail.authSetting['scope.writePhotosAlbum']]) },
  onAgree(e) { this.data.events.push(['agree', e.currentTarget.id]) },
  onCameraError(e) { this.data.events.push(['camera error', e.detail.errMsg]) },
  onCameraReady() { this.data.events.push(['camera ready']) },
})
