import { createHash } from 'node:crypto'
import { stateOf, type RuntimeCore } from '../core.ts'
import { encryptOpenDataWith } from './encrypt.ts'
import { earlierSessionKey, loginSessionOf } from './session.ts'

/**
 * The session_key open data is encrypted with: the last wx.login's. Without a wx.login in this runtime the
 * client still answers ("需要先调用 wx.login" is so that the developer's server holds the key, L: no
 * failure text is known), with the session of an earlier launch: the data comes back, and a backend that
 * never saw that login cannot decrypt it — the "session_key 过期, 解密失败" bug of real apps.
 */
export function openDataSessionKey(core: RuntimeCore): string {
  const session = loginSessionOf(core)
  if (session) return session.sessionKey
  core.trace.record({ type: 'note', text: 'open data without wx.login in this runtime: encrypted with an earlier session_key your backend has not seen' })
  return earlierSessionKey(core)
}

/** What an open-data API returns: `encryptedData`, `iv` (encrypt.ts) and a deterministic opaque `cloudID` (2.7.0). */
export function openDataResult(core: RuntimeCore, plain: object): { encryptedData: string; iv: string; cloudID: string } {
  const { encryptedData, iv } = encryptOpenDataWith(core, openDataSessionKey(core), plain)
  const counter = stateOf(core, 'openData.cloudIds', () => ({ n: 0 }))
  const n = ++counter.n
  const cloudID = `${n}_${createHash('md5').update(`${core.config.appid} cloudID ${n}`).digest('hex')}`
  // What the cloud hands a cloud function for this cloudID (apis/cloud/cloud-id.ts): the same plaintext, watermark included.
  cloudIdsOf(core).set(cloudID, { data: { ...plain, watermark: { timestamp: Math.floor(core.clock.now() / 1000), appid: core.config.appid } }, issuedAt: core.clock.now() })
  return { encryptedData, iv, cloudID }
}

/** The open data behind each cloudID this runtime issued, and when (a cloudID is good for 5 minutes; apis/cloud/cloud-id.ts). */
export const cloudIdsOf = (core: RuntimeCore): Map<string, { readonly data: object; readonly issuedAt: number }> =>
  stateOf(core, 'openData.cloudIdData', () => new Map())

/** `signature = sha1(rawData + session_key)`, hex (getUserInfo result doc, H). */
export function signRawData(core: RuntimeCore, rawData: string): string {
  return createHash('sha1').update(rawData + openDataSessionKey(core)).digest('hex')
}
