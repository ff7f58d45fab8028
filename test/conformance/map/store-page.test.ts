// openLocation from a store page (fixtures/app/pages/store).
import { fileURLToPath } from 'node:url'
import { afterEach, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'

const ROOT = fileURLToPath(new URL('./fixtures/app', import.meta.url))
let rt: Runtime | undefined
afterEach(() => rt?.uninstall())

test('tapping 导航 on the store page opens WeChat’s map at the store, with its name and address', async () => {
  rt = createRuntime({ app: { root: ROOT } })
  rt.install()
  const page = await rt.open('pages/store/index')
  await page.tap('navigate')
  await rt.settle()
  expect(page.data.error).toBe('')
  expect(rt.maps.opened).toMatchObject([{ latitude: 39.908823, longitude: 116.39747, scale: 16, name: '星巴克(国贸店)', address: '北京市朝阳区建国门外大街1号' }])
})
