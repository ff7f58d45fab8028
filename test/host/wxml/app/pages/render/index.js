Page({
  data: { big: true, user: { name: 'Ann' }, count: 2, goods: [{ id: 'a', name: 'Tea', cents: 1250 }, { id: 'b', name: 'Cake', cents: 300 }], first: { id: 7, name: 'first' }, owner: 'shop', shown: false },
  less() { this.setData({ count: this.data.count - 1 }) },
})
