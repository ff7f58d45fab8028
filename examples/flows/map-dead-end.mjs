// examples/buggy-permissions' map page: a refusal blanks the map and nothing leads to the settings page (a dead end).
export const runtime = { app: { root: '../buggy-permissions' } }

export async function run(rt) {
  const page = await rt.open('pages/map/index')
  await page.tap('onLocate')
  return page.data.status
}
