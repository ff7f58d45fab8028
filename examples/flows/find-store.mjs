// The store page's permission flow of examples/app, for `fake-wx explore` and `fake-wx matrix`:
// open the home tab, tap 附近门店, tap 找最近的门店; the outcome is the store page's status.
export const runtime = { app: { root: '../app' }, scopes: ['scope.userLocation'] }

export async function run(rt) {
  const home = await rt.open('pages/index/index')
  await home.tap('openStores')
  const store = rt.currentPage()
  await store.tap('onFindNearest')
  return store.data.status
}
