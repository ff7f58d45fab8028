Page({
  data: { back: {}, shareCalls: [] },
  onContact(e) {
    this.setData({ back: e.detail })
  },
  onShareAppMessage(res) {
    this.setData({ shareCalls: [...this.data.shareCalls, { from: res.from, id: res.target && res.target.id, goods: res.target && res.target.dataset.goods }] })
    if (res.from === 'button') return { title: '好物推荐', path: `/pages/goods/index?id=${res.target.dataset.goods}` }
    return { title: '小程序首页' }
  },
})
