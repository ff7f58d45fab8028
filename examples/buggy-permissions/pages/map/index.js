// pages/map/index.js: "I refused location once and now the map is blank forever".
// BUG (a dead end): a refusal only blanks the map. Nothing on the page or in its code leads to the settings
// page, and after the first refusal wx.getLocation fails at once, with no dialog, on every tap.
Page({
  data: { status: 'idle', latitude: 0, longitude: 0 },

  // <button bindtap="onLocate">显示我的位置</button>
  onLocate() {
    wx.getLocation({
      type: 'gcj02',
      success: ({ latitude, longitude }) => this.setData({ status: 'located', latitude, longitude }),
      fail: () => this.setData({ status: 'blank' }),
    })
  },
})
