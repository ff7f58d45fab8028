import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, test } from 'vitest'
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../src/index.ts'

// The official demo's custom privacy popup run as a page ([PRIV]; typings demo2/demo3): the held call waits
// for the app's resolve, and `<button open-type="agreePrivacyAuthorization">` carries the id resolve names.
const APP = fileURLToPath(new URL('./fixtures/privacy-app', import.meta.url))
const started: Runtime[] = []
afterEach(() => {
  while (started.length) started.pop()!.uninstall()
})
function start(options: RuntimeOptions): Runtime {
  const rt = createRuntime({ app: { root: APP }, ...options })
  rt.install()
  started.push(rt)
  return rt
}

describe('a page with its own privacy popup', () => {
  test('the user taps the agree button: the held getLocation goes on, then the scope dialog (with the app.json desc)', async () => {
    const rt = start({ scenario: 'privacy-not-agreed', user: { authorize: 'allow' } })
    const page = await rt.open('pages/index/index')
    await page.tap('locate')
    expect(page.data).toMatchObject({ showPrivacy: true, referrer: 'getLocation', location: '' })
    expect(rt.privacy.held).toEqual(['getLocation'])

    await page.tapButton({ openType: 'agreePrivacyAuthorization', id: 'agree-btn', bindagreeprivacyauthorization: 'handleAgree' })
    await rt.settle()
    expect(page.data.showPrivacy).toBe(false)
    expect(page.data.location).not.toBe('')
    expect(rt.privacy.needAuthorization).toBe(false)
    expect(rt.prompts).toEqual([expect.objectContaining({ kind: 'authorize', scope: 'scope.userLocation' })])
  })

  test('the user refuses: getLocation fails with errno 104 and no scope dialog shows', async () => {
    const rt = start({ scenario: 'privacy-not-agreed' })
    const page = await rt.open('pages/index/index')
    await page.tap('locate')
    await page.tap('handleDisagree')
    await rt.settle()
    expect(page.data.error).toBe('getLocation:fail privacy permission is not authorized')
    expect(rt.prompts).toEqual([])
  })

  test('the agree button needs its id', async () => {
    const rt = start({ scenario: 'privacy-not-agreed' })
    const page = await rt.open('pages/index/index')
    await expect(page.tapButton({ openType: 'agreePrivacyAuthorization' })).rejects.toThrow(/needs an id/)
  })
})
