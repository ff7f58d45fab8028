// Open data as WeChat sends it (wx.getWeRunData, getUserInfo withCredentials, getPhoneNumber …):
// https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/signature.html "加密数据解密算法" (H):
// AES-128-CBC with PKCS#7 padding; key = Base64_Decode(session_key) (16 bytes); iv = Base64_Decode(iv);
// the plaintext is JSON carrying `watermark: { appid, timestamp }` for the backend to check.
import { createCipheriv } from 'node:crypto'
import type { RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { loginSessionOf, nextIv } from './session.ts'

export interface EncryptedOpenData {
  readonly encryptedData: string
  readonly iv: string
}

/**
 * Encrypts `plain` (plus the watermark: this mini program's appid, the runtime clock in seconds) with the
 * session_key of the last wx.login, with Node's crypto, so a backend's real decryption code can read it.
 * An API that returns open data checks `loginSessionOf(core)` first and fails its own way when there is none.
 */
export function encryptOpenData(core: RuntimeCore, plain: object): EncryptedOpenData {
  const session = loginSessionOf(core)
  if (!session) {
    throw new FakeWxError('encryptOpenData needs a login session (a fake-wx bug: the API must check loginSessionOf(core) first).')
  }
  return encryptOpenDataWith(core, session.sessionKey, plain)
}

/** The same with an explicit session_key (base64 of 16 bytes). */
export function encryptOpenDataWith(core: RuntimeCore, sessionKey: string, plain: object): EncryptedOpenData {
  const json = JSON.stringify({ ...plain, watermark: { timestamp: Math.floor(core.clock.now() / 1000), appid: core.config.appid } })
  const iv = nextIv(core, sessionKey)
  const cipher = createCipheriv('aes-128-cbc', Buffer.from(sessionKey, 'base64'), iv)
  const encryptedData = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]).toString('base64')
  return { encryptedData, iv: iv.toString('base64') }
}
