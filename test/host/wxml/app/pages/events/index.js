Page({
  data: { catching: true, log: [] },
  push(name, e) {
    this.data.log.push({ name, target: e.target.id, current: e.currentTarget.id, dataset: e.currentTarget.dataset, targetDataset: e.target.dataset, mark: e.mark, type: e.type })
  },
  onOuter(e) { this.push('outer', e) },
  onCapture(e) { this.push('capture', e) },
  onMiddle(e) { this.push('middle', e) },
  onInner(e) { this.push('inner', e) },
  onFree(e) { this.push('free', e) },
  onMut1(e) { this.push('mut1', e) },
  onMut2(e) { this.push('mut2', e) },
  onStop(e) { this.push('stop', e) },
})
