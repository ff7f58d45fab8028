// Written from README.md alone, as a team adopting fake-wx would: a camera page
// (test/readme/fixtures/camera-app/pages/scan) and its permission flow, through the public API only.
// First-time user refuses the camera → the page's modal → the settings page → back → the camera works.
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from '../../src/vitest.ts'
import type { CameraHandle, PageHandle, Runtime } from '../../src/index.ts'

const APP = fileURLToPath(new URL('./fixtures/camera-app', import.meta.url))

/**
 * fake-wx does not render WXML, so the test puts the page's `<camera>` on the page as index.wxml writes it
 * (`bindinitdone="onCameraReady" binderror="onCameraError"`): handler names are the page's methods.
 */
function insertCamera(_rt: Runtime, page: PageHandle): CameraHandle {
  return page.mountComponent('camera', { devicePosition: 'back', bindinitdone: 'onCameraReady', binderror: 'onCameraError' })
}


describe('the scan page, a first-time user', () => {
  test.override({ fakeWxOptions: { app: { root: APP } } })

  test('page.mountComponent: a bind… naming a method the page lacks fails at once, listing its methods', async ({ rt }) => {
    const page = await rt.open('pages/scan/index')
    expect(() => page.mountComponent('camera', { binderror: 'onCamraError' })).toThrow(/does not have a method "onCamraError"/)
  })

  test('refuses the camera, is sent to the settings page from the modal, turns it on, and takes a photo', async ({ rt }) => {
    rt.user.answer({ authorize: { 'scope.camera': 'deny' }, modal: 'confirm', settings: { 'scope.camera': true } })
    const page = await rt.open('pages/scan/index')

    const camera = insertCamera(rt, page)                 // the permission dialog: refused → binderror
    await camera.ready
    await rt.settle()                                     // the modal, the settings page and back (onShow)

    expect(rt.prompts.map((p) => [p.kind, p.answer])).toEqual([
      ['authorize', 'deny'],
      ['modal', 'confirm'],
      ['settings', { 'scope.camera': true }],
    ])
    expect(rt).toHaveScope('scope.camera', 'granted')
    expect(page.data.cameraOn).toBe(true)                 // onShow put the camera back

    camera.unmount()                                      // wx:if: the old <camera> went away, a new one comes in
    await insertCamera(rt, page).ready
    expect(page.data.status).toBe('ready')
    expect(rt.prompts).toHaveLength(3)                    // no second dialog: the scope is granted

    await page.tap('onTakePhoto')
    await rt.settle()
    expect(page.data).toMatchObject({ status: 'taken', photo: expect.stringMatching(/^wxfile:\/\/|^http:\/\/tmp\//) })
    expect(rt).toHaveCalledWx('openSetting')
  })

  test('cancels the modal: the page says so and the camera stays off', async ({ rt }) => {
    rt.user.answer({ authorize: 'deny', modal: 'cancel' })
    const page = await rt.open('pages/scan/index')
    await insertCamera(rt, page).ready
    await rt.settle()
    expect(page.data).toMatchObject({ status: 'declined', cameraOn: false })
    expect(rt).toHaveScope('scope.camera', 'denied')
    expect(rt).not.toHaveCalledWx('openSetting')
  })
})

// Friction found writing this file: WXML binds handlers by name, and a name passed to mountComponent was
// silently never called (the refusal event was lost). It is a FakeWxError that shows the fix.
test('a handler given by name (the WXML habit) is an error that says what to pass', ({ rt }) => {
  expect(() => rt.mountComponent('camera', { binderror: 'onCameraError' } as never)).toThrow(
    `rt.mountComponent('camera'): binderror must be a function, got "onCameraError".\n` +
      'fake-wx does not render WXML, so handler names are not looked up on a page: pass the handler, e.g. { binderror: (e) => page.instance.onCameraError(e) }.',
  )
})
