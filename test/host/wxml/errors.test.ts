// What the client refuses in WXML, as FakeWxErrors naming the file and line.
import { expect, test } from 'vitest'
import { useApp } from '../support.ts'
import { WXML_APP } from './support.ts'

const start = useApp(WXML_APP)

test('a tag left open is the compiler\'s "end tag missing" at its line', async () => {
  const rt = start()
  await expect(rt.open('pages/broken/index')).rejects.toThrow(/\[ WXML 文件编译错误\] \.\/pages\/broken\/index\.wxml:3:3\n end tag missing, near `text`/)
})

test('a bad expression is "Bad attr … with message" at the attribute value', async () => {
  const rt = start()
  await expect(rt.open('pages/badexpr/index')).rejects.toThrow(/pages\/badexpr\/index\.wxml:2:\d+\n Bad attr `wx:if` with message: Unexpected end of expression/)
})

test('a tag that is neither built in nor in usingComponents is an unknown component', async () => {
  const rt = start()
  await expect(rt.open('pages/unknown/index')).rejects.toThrow(/pages\/unknown\/index\.wxml:2: <fancy-card> is not a built-in component/)
})

test('an element handle whose node a re-render removed says so', async () => {
  const page = await start().open('pages/render/index')
  const many = page.query('.many')!
  page.instance.setData({ count: 0 })
  expect(many.exists).toBe(false)
  await expect(many.tap()).rejects.toThrow(/no longer on the page/)
})

test('an unsupported selector is refused with the forms that work', async () => {
  const page = await start().open('pages/render/index')
  expect(() => page.query('view[data-x]')).toThrow(/is not supported/)
})
