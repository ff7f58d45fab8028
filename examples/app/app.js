// app.js
App({
  globalData: {
    launches: 0,
    shows: 0,
  },

  onLaunch(options) {
    this.globalData.launches += 1
    this.globalData.entry = options.path
  },

  // Runs at launch and every time the app comes back to the foreground (from the settings page too).
  onShow() {
    this.globalData.shows += 1
  },
})
