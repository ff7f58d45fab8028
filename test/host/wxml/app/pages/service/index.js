Page({
  data: { back: {}, shareCalls: [] },
  onContact(e) {
    this.setData({ back: e.detail })
  },
  onShareAppMessage(res) {
    this.setData({ shareCalls: [...this.data.shareCalls, { from: res.from, id: res.target && res.target.id, goods: res.target && res.target.dataset.goods }] })
    const mode = res.target && res.target.dataset.mode
    // The content may come later: "如果该参数存在，则以 resolve 结果为准，如果三秒内不 resolve，分享会使用上面传入的默认参数".
    if (mode === 'later') return { title: '海报', promise: Promise.resolve().then(() => ({ title: '生成好的海报', imageUrl: 'https://example.com/poster.png' })) }
    if (mode === 'never') return { title: '活动', promise: new Promise(() => {}) }
    if (res.from === 'button') return { title: '好物推荐', path: `/pages/goods/index?id=${res.target.dataset.goods}` }
    return { title: '小程序首页' }
  },
})
