// utils/locate.js of a mini program, written as real apps write it: the global `wx`, callbacks.
// getSetting → authorize → on refusal a modal → openSetting → getLocation.

function locateMe(done) {
  wx.getSetting({
    success(res) {
      // authSetting is tri-state: absent = never asked, false = refused before, true = granted.
      if (res.authSetting['scope.userLocation'] === false) return askToOpenSettings(done)
      wx.authorize({
        scope: 'scope.userLocation',
        success() {
          getLocation(done)
        },
        fail() {
          askToOpenSettings(done)
        },
      })
    },
  })
}

function askToOpenSettings(done) {
  wx.showModal({
    title: '需要位置权限',
    content: '请在设置中允许使用你的位置',
    confirmText: '去设置',
    success(res) {
      if (!res.confirm) return done({ outcome: 'declined' })
      // Called from the modal's confirm: that tap counts as the user's gesture.
      wx.openSetting({
        success(s) {
          if (s.authSetting['scope.userLocation']) getLocation(done)
          else done({ outcome: 'still off' })
        },
        fail(err) {
          done({ outcome: 'openSetting failed', errMsg: err.errMsg })
        },
      })
    },
  })
}

function getLocation(done) {
  wx.getLocation({
    type: 'gcj02',
    success(loc) {
      done({ outcome: 'located', latitude: loc.latitude, longitude: loc.longitude })
    },
    fail(err) {
      done({ outcome: 'failed', errMsg: err.errMsg })
    },
  })
}

module.exports = { locateMe }
