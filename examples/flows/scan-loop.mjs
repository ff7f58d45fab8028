// examples/buggy-permissions' scan page: openSetting after an await always fails, and its fail shows the modal again (a loop).
export const runtime = { app: { root: '../buggy-permissions' } }

export async function run(rt) {
  const page = await rt.open('pages/scan/index')
  await page.tap('onScan')
  return page.data.status
}
