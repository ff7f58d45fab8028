Page({
  measureFromPage() {
    const panel = this.selectComponent('#panel')
    return new Promise((resolve) => {
      wx.createSelectorQuery().in(panel).selectAll('.row').boundingClientRect().exec(resolve)
    })
  },
  measurePage() {
    return new Promise((resolve) => {
      this.createSelectorQuery().selectAll('.row').boundingClientRect().exec(resolve)
    })
  },
})
