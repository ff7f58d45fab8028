// The same util "modernised" with async/await — the classic bug: it works in DevTools, but on a phone
// the `await` before wx.openSetting loses the tap gesture, so openSetting fails.

async function locateMeAsync() {
  const { authSetting } = await wx.getSetting()
  if (authSetting['scope.userLocation'] !== false) {
    try {
      await wx.authorize({ scope: 'scope.userLocation' })
      return located(await wx.getLocation({ type: 'gcj02' }))
    } catch (err) {
      // refused: fall through to the modal
    }
  }
  const { confirm } = await wx.showModal({ title: '需要位置权限', content: '请在设置中允许使用你的位置', confirmText: '去设置' })
  if (!confirm) return { outcome: 'declined' }
  try {
    const s = await wx.openSetting()
    if (!s.authSetting['scope.userLocation']) return { outcome: 'still off' }
    return located(await wx.getLocation({ type: 'gcj02' }))
  } catch (err) {
    return { outcome: 'openSetting failed', errMsg: err.errMsg }
  }
}

function located(loc) {
  return { outcome: 'located', latitude: loc.latitude, longitude: loc.longitude }
}

module.exports = { locateMeAsync }
