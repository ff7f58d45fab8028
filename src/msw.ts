/// <reference types="miniprogram-api-typings" preserve="true" />
/**
 * fake-wx/msw: msw handlers for WeChat's own server API, so the app's backend code (which a test runs
 * against msw too) can finish a login against fake-wx:
 *
 *   const server = setupServer(...wechatServerHandlers(), ...yourBackendHandlers)
 *
 * `https://api.weixin.qq.com/sns/jscode2session` exchanges a code from `wx.login` for the openid and the
 * session_key that fake-wx encrypts open data with (runtime/open-data/). msw 2 or 3, optional peer dependency.
 */
import { http, HttpResponse } from 'msw'
import { code2Session, type Code2SessionOptions } from './runtime/open-data/code2session.ts'

export const JSCODE2SESSION_URL = 'https://api.weixin.qq.com/sns/jscode2session'

export type WeChatServerOptions = Code2SessionOptions

export function wechatServerHandlers(options: WeChatServerOptions = {}) {
  return [
    http.get(JSCODE2SESSION_URL, ({ request }) =>
      // The live server answers errors with HTTP 200 too; the body says what went wrong.
      HttpResponse.json(code2Session(new URL(request.url).searchParams, options), {
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      }),
    ),
  ]
}
