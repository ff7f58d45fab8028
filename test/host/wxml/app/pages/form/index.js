Page({
  data: { name: '', upper: '', agree: false, cities: ['北京', '上海'], cityIndex: 0, inputs: [] },
  onName(e) { this.data.inputs.push(e.detail) },
  onUpper(e) { return e.detail.value.toUpperCase() },
  onAgree(e) { this.setData({ agree: e.detail.value }) },
  onCity(e) { this.setData({ cityIndex: Number(e.detail.value) }) },
})
