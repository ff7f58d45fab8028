// pages/poster/index.js: the share poster. The album flow lives in the <save-to-album> component
// (components/save-to-album); the page shows the outcome its events report.
Page({
  data: {
    posterUrl: 'https://cdn.example.com/posters/store-week.png',
    status: 'idle', // idle | saved | declined | error
    error: '',
  },

  onLoad(query) {
    wx.setNavigationBarTitle({ title: query.title || '分享海报' })
  },

  // <save-to-album bind:saved="onSaved">
  onSaved() {
    this.setData({ status: 'saved' })
    wx.showToast({ title: '已保存到相册', icon: 'success' })
  },

  onDeclined() {
    this.setData({ status: 'declined' })
  },

  onFail(e) {
    this.setData({ status: 'error', error: e.detail.errMsg })
  },
})
