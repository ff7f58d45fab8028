// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../src/index.ts'
import { useApp } from '../../host/support.ts'

const APP = fileURLToPath(new URL('./fixtures/sub-app', import.meta.url))
const SHIPPED = 'zun-LzcQyW-edafCVvzPkK4de2Rllr1fFpw2A_x0oXE'
const PAID = 'ke_OZC_66gZxALLcsuI7ilCJSP2OJ2vWo2ooUPpkWrw'
const REFUND = 'Rf-3bqz0aVwXh7yH2W4tuXkQmGd9sCj5lE0pZr1nMoA'
const templates = {
  [SHIPPED]: { title: '订单发货通知' },
  [PAID]: { title: '支付成功通知' },
  [REFUND]: { title: '退款进度通知' },
}

const start = useApp(APP)
const startApp = (options: RuntimeOptions = {}): Runtime => start({ subscribeMessage: { templates }, ...options })
const runtime = (options: RuntimeOptions = {}) => createRuntime({ subscribeMessage: { templates }, ...options })

/** What each subscription panel listed. */
const panels = (rt: Runtime) => rt.trace.flatMap((e) => (e.type === 'prompt' && e.kind === 'requestSubscribeMessage' ? [e.details] : []))

/** The app's button handler: the call made inside the user's tap. */
const tapSubscribe = (rt: Runtime, tmplIds: unknown[]) =>
  rt.tap(() => rt.wx.requestSubscribeMessage({ tmplIds: tmplIds as string[] })).catch((e: { errMsg: string; errCode?: number }) => e)

describe('wx.requestSubscribeMessage from a button', () => {
  test("the page's bindtap handler opens the panel; the user's choice comes back per template", async () => {
    const rt = startApp({ user: { requestSubscribeMessage: 'accept' } })
    const page = await rt.open('pages/index/index')
    await page.tap('subscribe')
    expect(page.data.result).toBe('accept')
    expect(rt.prompts).toMatchObject([{ kind: 'requestSubscribeMessage', api: 'requestSubscribeMessage', answer: 'accept' }])
    expect(panels(rt)).toEqual([{ templates: [{ tmplId: SHIPPED, title: '订单发货通知', kind: 'once' }] }])
  })

  test("after an await the tap gesture is gone: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.'", async () => {
    const rt = startApp({ user: { requestSubscribeMessage: 'accept' } })
    const page = await rt.open('pages/index/index')
    await page.tap('subscribeAfterAwait')
    expect(page.data.error).toBe('requestSubscribeMessage:fail can only be invoked by user TAP gesture.')
    expect(rt.prompts).toEqual([])
  })

  test('an unknown template id: errCode 20001 "No template data return, verify the template id exist"', async () => {
    const rt = startApp({ subscribeMessage: { templates: {} } })
    const page = await rt.open('pages/index/index')
    await page.tap('subscribe')
    expect(page.data.error).toBe('requestSubscribeMessage:fail No template data return, verify the template id exist (20001)')
    expect(rt.timeline()).toContain('createRuntime({ subscribeMessage: { templates:')
  })
})

describe('the result', () => {
  test("{ errMsg: 'requestSubscribeMessage:ok', [tmplId]: 'accept' | 'reject' } per template, answered one by one", async () => {
    const rt = runtime({ user: { requestSubscribeMessage: { [SHIPPED]: 'accept', [PAID]: 'reject' } } })
    expect(await tapSubscribe(rt, [SHIPPED, PAID])).toEqual({ errMsg: 'requestSubscribeMessage:ok', [SHIPPED]: 'accept', [PAID]: 'reject' })
  })

  test("'all' answers the templates not named", async () => {
    const rt = runtime({ user: { requestSubscribeMessage: { [PAID]: 'reject', all: 'accept' } } })
    expect(await tapSubscribe(rt, [SHIPPED, PAID, REFUND])).toMatchObject({ [SHIPPED]: 'accept', [PAID]: 'reject', [REFUND]: 'accept' })
  })

  test("closing the panel: 'requestSubscribeMessage:fail cancel'", async () => {
    const rt = runtime({ user: { requestSubscribeMessage: 'cancel' } })
    expect(await tapSubscribe(rt, [SHIPPED])).toMatchObject({ errMsg: 'requestSubscribeMessage:fail cancel' })
  })

  test('"每个tmplId对应的模板标题需要不相同，否则会被过滤": a second template with the same title is filtered', async () => {
    const rt = runtime({ subscribeMessage: { templates: { a: { title: '订单发货通知' }, b: { title: '订单发货通知' } } }, user: { requestSubscribeMessage: 'accept' } })
    expect(await tapSubscribe(rt, ['a', 'b'])).toEqual({ errMsg: 'requestSubscribeMessage:ok', a: 'accept', b: 'filter' })
    expect(panels(rt)).toEqual([{ templates: [{ tmplId: 'a', title: '订单发货通知', kind: 'once' }] }])
  })

  test("a template the backend banned answers 'ban' without being shown", async () => {
    const rt = runtime({ subscribeMessage: { templates: { a: { title: 'A', banned: true } } } })
    expect(await tapSubscribe(rt, ['a'])).toEqual({ errMsg: 'requestSubscribeMessage:ok', a: 'ban' })
    expect(rt.prompts).toEqual([])
  })
})

describe('总是保持以上选择，不再询问', () => {
  test('with keep: true the choices go to getSetting({ withSubscriptions: true }).subscriptionsSetting.itemSettings', async () => {
    const rt = runtime({ user: { requestSubscribeMessage: { [SHIPPED]: 'accept', [PAID]: 'reject', keep: true } } })
    await tapSubscribe(rt, [SHIPPED, PAID])
    const { subscriptionsSetting } = await rt.wx.getSetting({ withSubscriptions: true })
    expect(subscriptionsSetting).toEqual({ mainSwitch: true, itemSettings: { [SHIPPED]: 'accept', [PAID]: 'reject' } })
  })

  test('a kept choice answers later calls without a panel — including a kept reject', async () => {
    const rt = runtime({ user: { requestSubscribeMessage: { all: 'reject', keep: true } } })
    await tapSubscribe(rt, [SHIPPED])
    rt.user.answer({ requestSubscribeMessage: 'accept' })
    expect(await tapSubscribe(rt, [SHIPPED, PAID])).toMatchObject({ [SHIPPED]: 'reject', [PAID]: 'accept' })
    expect(panels(rt)).toHaveLength(2)
    expect(panels(rt)[1]).toEqual({ templates: [{ tmplId: PAID, title: '支付成功通知', kind: 'once' }] })
  })

  test('without keep nothing is stored: a fresh user has { mainSwitch: true } and no itemSettings', async () => {
    const rt = runtime({ user: { requestSubscribeMessage: 'accept' } })
    await tapSubscribe(rt, [SHIPPED])
    expect((await rt.wx.getSetting({ withSubscriptions: true })).subscriptionsSetting).toEqual({ mainSwitch: true })
  })

  test('openSetting({ withSubscriptions: true }) reports the same; the user can change a kept choice in settings', async () => {
    const rt = runtime({ user: { requestSubscribeMessage: { all: 'reject', keep: true }, settings: {} } })
    await tapSubscribe(rt, [SHIPPED])
    const res = await rt.tap(() => rt.wx.openSetting({ withSubscriptions: true }))
    expect(res.subscriptionsSetting).toEqual({ mainSwitch: true, itemSettings: { [SHIPPED]: 'reject' } })
    rt.subscriptions.setItem(SHIPPED, 'accept')
    expect(await tapSubscribe(rt, [SHIPPED])).toMatchObject({ [SHIPPED]: 'accept' })
  })
})

describe('error codes (the doc table)', () => {
  test('main switch off: errCode 20004 "The main switch is switched off", no panel', async () => {
    const rt = runtime({ subscribeMessage: { templates, mainSwitch: false } })
    expect(await tapSubscribe(rt, [SHIPPED])).toEqual({ errMsg: 'requestSubscribeMessage:fail The main switch is switched off', errCode: 20004 })
    expect(rt.prompts).toEqual([])
    expect((await rt.wx.getSetting({ withSubscriptions: true })).subscriptionsSetting).toEqual({ mainSwitch: false })
  })

  test('the user turns the main switch off in settings: later calls fail 20004', async () => {
    const rt = runtime({ user: { requestSubscribeMessage: 'accept' } })
    rt.subscriptions.setMainSwitch(false)
    expect(await tapSubscribe(rt, [SHIPPED])).toMatchObject({ errCode: 20004 })
  })

  test("tmplIds: [] → 10001 \"TmplIds can't be empty\"", async () => {
    expect(await tapSubscribe(runtime(), [])).toEqual({ errMsg: "requestSubscribeMessage:fail TmplIds can't be empty", errCode: 10001 })
  })

  test('a tmplId that is not a string → 10004 "Invalid template id"', async () => {
    expect(await tapSubscribe(runtime(), [123])).toEqual({ errMsg: 'requestSubscribeMessage:fail Invalid template id', errCode: 10004 })
  })

  test('more than 5 templates (the current limit) → 20003 "Templates count out of max bounds"; maxTemplates: 3 for older clients', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f']
    expect(await tapSubscribe(runtime(), ids)).toEqual({ errMsg: 'requestSubscribeMessage:fail Templates count out of max bounds', errCode: 20003 })
    expect(await tapSubscribe(runtime({ subscribeMessage: { templates, maxTemplates: 3 } }), [SHIPPED, PAID, REFUND, 'x'])).toMatchObject({ errCode: 20003 })
  })

  test('one-time and long-term templates together → 20002 "Templates type must be same"', async () => {
    const rt = runtime({ subscribeMessage: { templates: { once: { title: 'A' }, long: { title: 'B', kind: 'long' } } } })
    expect(await tapSubscribe(rt, ['once', 'long'])).toEqual({ errMsg: 'requestSubscribeMessage:fail Templates type must be same', errCode: 20002 })
  })

  test('a device template → 20013 "Reject DeviceMsg Template"', async () => {
    const rt = runtime({ subscribeMessage: { templates: { dev: { title: 'D', kind: 'device' } } } })
    expect(await tapSubscribe(rt, ['dev'])).toEqual({ errMsg: 'requestSubscribeMessage:fail Reject DeviceMsg Template', errCode: 20013 })
  })

  test('a banned mini program → 20005 "This mini program was banned from subscribing messages"', async () => {
    const rt = runtime({ subscribeMessage: { templates, banned: true } })
    expect(await tapSubscribe(rt, [SHIPPED])).toMatchObject({ errCode: 20005, errMsg: 'requestSubscribeMessage:fail This mini program was banned from subscribing messages' })
  })

  test('without tmplIds at all: the parameter error', async () => {
    const rt = runtime()
    const res = await rt.tap(() => (rt.wx.requestSubscribeMessage as unknown as (o: object) => Promise<unknown>)({})).catch((e: unknown) => e)
    expect(res).toMatchObject({ errMsg: 'requestSubscribeMessage:fail parameter error: parameter.tmplIds should be Array instead of Undefined;' })
  })
})

describe('wx.requestSubscribeDeviceMessage', () => {
  test('the same panel for device templates; at most 3', async () => {
    const rt = runtime({ subscribeMessage: { templates: { d1: { title: '门锁告警', kind: 'device' } } }, user: { requestSubscribeMessage: 'accept' } })
    const res = await rt.wx.requestSubscribeDeviceMessage({ tmplIds: ['d1'], sn: 'SN-1', snTicket: 't', modelId: 'm' })
    expect(res).toEqual({ errMsg: 'requestSubscribeDeviceMessage:ok', d1: 'accept' })
    const many = await rt.wx.requestSubscribeDeviceMessage({ tmplIds: ['d1', 'd2', 'd3', 'd4'], sn: 'SN-1', snTicket: 't', modelId: 'm' }).catch((e: unknown) => e)
    expect(many).toMatchObject({ errCode: 20003 })
  })
})

describe('the simulated user', () => {
  test('an unanswered panel fails loudly, saying how to answer it', async () => {
    const rt = runtime()
    const err = await rt.tap(() => rt.wx.requestSubscribeMessage({ tmplIds: [SHIPPED] })).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Error)
    expect(String(err)).toContain("requestSubscribeMessage: 'accept'")
  })

  test('step by step: nextPrompt() shows the templates, respond() answers', async () => {
    const rt = runtime({ onUnansweredPrompt: 'wait' })
    const call = rt.tap(() => rt.wx.requestSubscribeMessage({ tmplIds: [SHIPPED, PAID] }))
    const prompt = await rt.user.nextPrompt()
    expect(prompt.kind).toBe('requestSubscribeMessage')
    expect(prompt.details).toEqual({ templates: [{ tmplId: SHIPPED, title: '订单发货通知', kind: 'once' }, { tmplId: PAID, title: '支付成功通知', kind: 'once' }] })
    prompt.respond({ [SHIPPED]: 'accept', [PAID]: 'reject' } as never)
    expect(await call).toMatchObject({ [SHIPPED]: 'accept', [PAID]: 'reject' })
  })

  test('a bad standing answer is refused at once', () => {
    expect(() => runtime({ user: { requestSubscribeMessage: 'yes' as never } })).toThrow(/subscription panel/)
  })
})
