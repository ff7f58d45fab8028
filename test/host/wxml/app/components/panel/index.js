Component({
  methods: {
    // A component measures its own rows: this.createSelectorQuery() sees its shadow tree only.
    measure() {
      return new Promise((resolve) => {
        this.createSelectorQuery().selectAll('.row').boundingClientRect().select('#first').fields({ id: true }).exec(resolve)
      })
    },
  },
})
