// app.js
App({
  globalData: {
    launches: 0,
    shows: 0,
    statusBarHeight: 0,
  },

  onLaunch(options) {
    this.globalData.launches += 1
    this.globalData.entry = options.path
    // The custom navigation bar needs the status bar's height: the first line of many apps' onLaunch.
    const { statusBarHeight, platform } = wx.getSystemInfoSync()
    this.globalData.statusBarHeight = statusBarHeight
    this.globalData.platform = platform
    this.checkForUpdate()
  },

  // Runs at launch and every time the app comes back to the foreground (from the settings page too).
  onShow() {
    this.globalData.shows += 1
  },

  // The update check from the wx.getUpdateManager doc.
  checkForUpdate() {
    const updateManager = wx.getUpdateManager()
    updateManager.onUpdateReady(() => {
      wx.showModal({
        title: '更新提示',
        content: '新版本已经准备好，是否重启应用？',
        success: (res) => {
          if (res.confirm) updateManager.applyUpdate()
        },
      })
    })
  },
})
