// The bench app: what a small mini program's app.js does.
App({
  globalData: { located: 0 },
})
