// What a test's backend does with open data: take the session_key of the app's wx.login and decrypt
// (framework/open-ability/signature.html, "加密数据解密算法": AES-128-CBC, PKCS#7, base64).
import { createDecipheriv } from 'node:crypto'
import type { Runtime } from '../../src/index.ts'
import { coreOf } from '../../src/runtime/create-runtime.ts'
import { loginSessionOf } from '../../src/runtime/open-data/session.ts'

/** Logs the app in (wx.login) and returns the session_key jscode2session would hand the backend. */
export async function login(rt: Runtime): Promise<string> {
  await rt.wx.login()
  const session = loginSessionOf(coreOf(rt))
  if (!session) throw new Error('wx.login left no session')
  return session.sessionKey
}

export function decrypt(sessionKey: string, encryptedData: string, iv: string): Record<string, unknown> {
  const decipher = createDecipheriv('aes-128-cbc', Buffer.from(sessionKey, 'base64'), Buffer.from(iv, 'base64'))
  return JSON.parse(Buffer.concat([decipher.update(Buffer.from(encryptedData, 'base64')), decipher.final()]).toString('utf8')) as Record<string, unknown>
}
