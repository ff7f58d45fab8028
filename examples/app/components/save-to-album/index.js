// components/save-to-album: a "save to album" button, as apps ship it for posters and share cards.
//   tap → loading → downloadFile → saveImageToPhotosAlbum: the permission dialog the first time
//       → refused (now or before) → "需要相册权限" with a 去设置 button (open-type="openSetting")
//       → the settings page → back with the switch on → save again.
// The page that uses it hears the outcome: bind:saved, bind:declined, bind:fail (detail.errMsg).
const wxp = require('../../utils/wxp.js')

Component({
  properties: {
    url: String,
    text: { type: String, value: '保存到相册' },
  },

  data: { busy: false, needAuth: false },

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
      // Refused (now, or before): the component shows why and offers the settings page through
      // <button open-type="openSetting">, the user's own tap (wx.openSetting needs one, research.md §1.5).
      this.setData({ busy: false, needAuth: true })
    },

    // <button open-type="openSetting" bindopensetting="onSettingBack">去设置</button>
    onSettingBack(e) {
      this.setData({ needAuth: false })
      if (e.detail.authSetting['scope.writePhotosAlbum']) {
        this.setData({ busy: true })
        return this.save()
      }
      this.triggerEvent('declined')
    },

    // <button bindtap="onLater">暂不</button>
    onLater() {
      this.setData({ needAuth: false })
      this.triggerEvent('declined')
    },
  },
})
