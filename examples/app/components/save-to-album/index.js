// components/save-to-album: a "save to album" button, as apps ship it for posters and share cards.
//   tap → loading → downloadFile → saveImageToPhotosAlbum: the permission dialog the first time
//       → refused (now or before) → a modal → its confirm opens the settings page → back with the switch on → save again.
// The page that uses it hears the outcome: bind:saved, bind:declined, bind:fail (detail.errMsg).
const wxp = require('../../utils/wxp.js')

Component({
  properties: {
    url: String,
    text: { type: String, value: '保存到相册' },
  },

  data: { busy: false },

  methods: {
    // <button bindtap="onTap">{{text}}</button>
    async onTap() {
      if (this.data.busy) return
      this.setData({ busy: true })
      wx.showLoading({ title: '海报生成中', mask: true })
      try {
        const { tempFilePath } = await wxp.downloadFile({ url: this.data.url })
        this.filePath = tempFilePath
      } catch (err) {
        this.setData({ busy: false })
        return this.triggerEvent('fail', { errMsg: err.errMsg })
      } finally {
        wx.hideLoading()
      }
      await this.save()
    },

    async save() {
      try {
        await wxp.saveImageToPhotosAlbum({ filePath: this.filePath })
        this.setData({ busy: false })
        this.triggerEvent('saved', { filePath: this.filePath })
      } catch (err) {
        if (/auth den/.test(err.errMsg)) return this.askForAlbum()
        this.setData({ busy: false })
        this.triggerEvent('fail', { errMsg: err.errMsg })
      }
    },

    askForAlbum() {
      wx.showModal({
        title: '需要相册权限',
        content: '保存海报需要你允许使用相册',
        confirmText: '去设置',
        success: (res) => {
          if (!res.confirm) {
            this.setData({ busy: false })
            return this.triggerEvent('declined')
          }
          // Inside the modal's callback: still the user's tap, so openSetting may run (not after an await).
          wx.openSetting({
            success: (setting) => {
              if (setting.authSetting['scope.writePhotosAlbum']) return this.save()
              this.setData({ busy: false })
              this.triggerEvent('declined')
            },
          })
        },
      })
    },
  },
})
