import { expect, test } from 'vitest'
import { BENCH_APP } from '../bench/cases.ts'
import { useApp } from './support.ts'

const start = useApp(BENCH_APP)

// `this` of a page: its own properties, their order and attributes (createPage defines them one by one with shared
// descriptors, issue 14; this pins that nothing an app can see changed).
test("a page instance's own properties, in order, with the client's attributes", async () => {
  const rt = start({ scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
  const page = await rt.open('pages/locate/index?from=share')
  const instance = page.instance as object
  const attributes = Object.fromEntries(
    Object.getOwnPropertyNames(instance).map((key) => {
      const d = Object.getOwnPropertyDescriptor(instance, key)!
      return [key, `${d.writable ? 'w' : '-'}${d.enumerable ? 'e' : '-'}${d.configurable ? 'c' : '-'}`]
    }),
  )
  expect(attributes).toEqual({
    locate: 'wec',
    data: 'we-',
    route: '-e-',
    __route__: '---',
    is: '---',
    options: '-e-',
    setData: '---',
    getOpenerEventChannel: '---',
    selectComponent: '---',
    selectAllComponents: '---',
    triggerEvent: '---',
    createSelectorQuery: '---',
  })
  expect(Object.keys(instance)).toEqual(['locate', 'data', 'route', 'options'])
  const self = page.instance as unknown as { route: string; is: string; __route__: string; options: object; getOpenerEventChannel(): unknown }
  expect([self.route, self.is, self.__route__]).toEqual(['pages/locate/index', 'pages/locate/index', 'pages/locate/index'])
  expect(self.options).toEqual({ from: 'share' })
  expect(self.getOpenerEventChannel()).toBeDefined()
})
