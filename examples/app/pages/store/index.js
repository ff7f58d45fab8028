// pages/store/index.js: find the nearest store. The permission flow as apps ship it:
//   tap → getSetting → (not refused) authorize: the permission dialog the first time → getLocation
//                    → (refused, now or before) a modal → its confirm opens the settings page
//   back from the settings page → onShow checks again and locates if the user turned location on.
const { storesNear } = require('../../utils/stores.js')

Page({
  data: {
    from: '',
    status: 'idle', // idle | locating | located | denied | declined | error
    nearest: null,
    stores: [],
    error: '',
  },

  onLoad(query) {
    this.setData({ from: query.from || '' })
  },

  onShow() {
    // Coming back from the settings page: the user may have turned location on.
    if (this.data.status !== 'denied') return
    wx.getSetting({
      success: (res) => {
        if (res.authSetting['scope.userLocation']) this.locate()
      },
    })
  },

  // <button bindtap="onFindNearest">找最近的门店</button>
  onFindNearest() {
    wx.getSetting({
      success: (res) => {
        // authSetting is tri-state: absent = never asked, false = refused before, true = allowed.
        if (res.authSetting['scope.userLocation'] === false) return this.askToOpenSettings()
        wx.authorize({
          scope: 'scope.userLocation',
          success: () => this.locate(),
          fail: () => this.askToOpenSettings(),
        })
      },
    })
  },

  locate() {
    this.setData({ status: 'locating', error: '' })
    wx.getLocation({
      type: 'gcj02',
      success: (pos) => {
        const stores = storesNear(pos)
        this.setData({ status: 'located', stores, nearest: stores[0] })
      },
      fail: (err) => {
        if (/auth den/.test(err.errMsg)) this.askToOpenSettings()
        else this.setData({ status: 'error', error: err.errMsg })
      },
    })
  },

  askToOpenSettings() {
    this.setData({ status: 'denied' })
    wx.showModal({
      title: '需要位置权限',
      content: '请在设置中允许使用你的位置，以便找到最近的门店',
      confirmText: '去设置',
      success: (res) => {
        if (!res.confirm) return this.setData({ status: 'declined' })
        // The modal's confirm is the user's tap: openSetting may run here (not after an await).
        // When the user comes back, onShow checks the setting again.
        wx.openSetting({
          fail: (err) => this.setData({ status: 'error', error: err.errMsg }),
        })
      },
    })
  },
})
