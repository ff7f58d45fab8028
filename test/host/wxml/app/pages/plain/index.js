Page({ data: { n: 0 }, onTap() { this.setData({ n: 1 }) } })
