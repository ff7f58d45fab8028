// Written from README.md alone, as a team adopting fake-wx would: a camera page
// (test/readme/fixtures/camera-app/pages/scan) and its permission flow, through the public API only.
// First-time user refuses the camera → the page's modal → the settings page → back → the camera works.
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from '../../src/vitest.ts'

const APP = fileURLToPath(new URL('./fixtures/camera-app', import.meta.url))

describe('the scan page, a first-time user', () => {
  test.override({ fakeWxOptions: { app: { root: APP } } })

  test('page.mountComponent: a bind… naming a method the page lacks fails at once, listing its methods', async ({ rt }) => {
    rt.user.answer({ authorize: 'allow' })                // the page's own <camera> mounts and asks
    const page = await rt.open('pages/scan/index')
    expect(() => page.mountComponent('camera', { binderror: 'onCamraError' })).toThrow(/does not have a method "onCamraError"/)
  })

  test('refuses the camera, is sent to the settings page from the modal, turns it on, and takes a photo', async ({ rt }) => {
    rt.user.answer({ authorize: { 'scope.camera': 'deny' }, modal: 'confirm', settings: { 'scope.camera': true } })
    // index.wxml's <camera wx:if="{{cameraOn}}" bindinitdone binderror> mounts itself when the page renders.
    const page = await rt.open('pages/scan/index')
    await rt.settle()                                     // the dialog, binderror, the modal, the settings page and back

    expect(rt.prompts.map((p) => [p.kind, p.answer])).toEqual([
      ['authorize', 'deny'],
      ['modal', 'confirm'],
      ['settings', { 'scope.camera': true }],
    ])
    expect(rt).toHaveScope('scope.camera', 'granted')
    expect(page.data.cameraOn).toBe(true)                 // onShow put the camera back: a new <camera> mounted
    await rt.settle()
    expect(page.data.status).toBe('ready')
    expect(rt.prompts).toHaveLength(3)                    // no second dialog: the scope is granted

    await page.getByText('拍照')!.tap()
    await rt.settle()
    expect(page.data).toMatchObject({ status: 'taken', photo: expect.stringMatching(/^wxfile:\/\/|^http:\/\/tmp\//) })
    expect(page.wxml()).toContain('<image src=')
    expect(rt).toHaveCalledWx('openSetting')
  })

  test('cancels the modal: the page says so and the camera stays off', async ({ rt }) => {
    rt.user.answer({ authorize: 'deny', modal: 'cancel' })
    const page = await rt.open('pages/scan/index')
    await rt.settle()
    expect(page.data).toMatchObject({ status: 'declined', cameraOn: false })
    expect(page.query('camera')).toBeNull()
    expect(rt).toHaveScope('scope.camera', 'denied')
    expect(rt).not.toHaveCalledWx('openSetting')
  })
})

// Friction found writing this file: WXML binds handlers by name, and a name passed to mountComponent was
// silently never called (the refusal event was lost). It is a FakeWxError that shows the fix.
test('a handler given by name (the WXML habit) is an error that says what to pass', ({ rt }) => {
  expect(() => rt.mountComponent('camera', { binderror: 'onCameraError' } as never)).toThrow(
    `rt.mountComponent('camera'): binderror must be a function, got "onCameraError".\n` +
      'rt.mountComponent has no page, so handler names are not looked up on one (a <camera> in the .wxml of a page binds by name): pass the handler, e.g. { binderror: (e) => page.instance.onCameraError(e) }.',
  )
})
