Page({
  data: {},
  measure() {
    return new Promise((resolve) => {
      wx.createSelectorQuery().select('#head').boundingClientRect().selectAll('.row').fields({ size: true, dataset: true }).selectViewport().scrollOffset().select('#nobody').boundingClientRect().exec(resolve)
    })
  },
})
