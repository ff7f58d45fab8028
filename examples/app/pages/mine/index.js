// pages/mine/index.js: the "mine" tab lists what the user allowed and links to the settings page.
const LABELS = { 'scope.userLocation': '位置信息' }

Page({
  data: {
    permissions: [],
    lastVisit: '',
  },

  onShow() {
    this.refresh()
  },

  refresh() {
    wx.getSetting({
      success: (res) => {
        const permissions = Object.keys(LABELS)
          .filter((scope) => scope in res.authSetting)
          .map((scope) => ({ scope, label: LABELS[scope], allowed: res.authSetting[scope] }))
        this.setData({ permissions })
      },
    })
  },

  // <button open-type="openSetting" bindopensetting="onSettingsBack">权限设置</button>
  onSettingsBack(e) {
    this.setData({ lastVisit: e.detail.errMsg })
    this.refresh()
  },

  // <button bindtap="goHome">回到首页</button>
  goHome() {
    wx.switchTab({ url: '/pages/index/index' })
  },
})
