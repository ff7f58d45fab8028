// pages/poster/index.js: download the share poster and save it to the album. The album flow as apps ship it:
//   tap → loading → downloadFile → saveImageToPhotosAlbum: the permission dialog the first time
//       → refused (now or before) → a modal → its confirm opens the settings page → back with the switch on → save again
//   → a toast says it is saved.
const wxp = require('../../utils/wxp.js')

const POSTER_URL = 'https://cdn.example.com/posters/store-week.png'

Page({
  data: {
    status: 'idle', // idle | saved | denied | declined | error
    error: '',
  },

  onLoad(query) {
    wx.setNavigationBarTitle({ title: query.title || '分享海报' })
  },

  // <button bindtap="onSave">保存到相册</button>
  async onSave() {
    wx.showLoading({ title: '海报生成中', mask: true })
    try {
      const { tempFilePath } = await wxp.downloadFile({ url: POSTER_URL })
      this.posterPath = tempFilePath
    } catch (err) {
      return this.setData({ status: 'error', error: err.errMsg })
    } finally {
      wx.hideLoading()
    }
    await this.save()
  },

  async save() {
    try {
      await wxp.saveImageToPhotosAlbum({ filePath: this.posterPath })
      this.setData({ status: 'saved' })
      wx.showToast({ title: '已保存到相册', icon: 'success' })
    } catch (err) {
      if (/auth den/.test(err.errMsg)) return this.askForAlbum()
      this.setData({ status: 'error', error: err.errMsg })
    }
  },

  askForAlbum() {
    this.setData({ status: 'denied' })
    wx.showModal({
      title: '需要相册权限',
      content: '保存海报需要你允许使用相册',
      confirmText: '去设置',
      success: (res) => {
        if (!res.confirm) return this.setData({ status: 'declined' })
        // Inside the modal's callback: still the user's tap, so openSetting may run (not after an await).
        wx.openSetting({
          success: (setting) => {
            if (setting.authSetting['scope.writePhotosAlbum']) this.save()
          },
        })
      },
    })
  },
})
