// pages/index/index.js: the home tab.
const app = getApp()

Page({
  data: {
    greeting: '',
  },

  onLoad() {
    this.setData({ greeting: `欢迎！第 ${app.globalData.launches} 次打开` })
  },

  // <button bindtap="openStores">附近门店</button>
  openStores() {
    wx.navigateTo({ url: '/pages/store/index?from=home' })
  },

  // <button bindtap="openPoster">本周海报</button>
  openPoster() {
    wx.navigateTo({ url: '/pages/poster/index?title=本周海报' })
  },
})
