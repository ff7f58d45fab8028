// https://developers.weixin.qq.com/miniprogram/dev/api/network/request/wx.request.html "data 参数说明" (H), and the
// reconstructed base library's request() (M): content-type defaults to application/json and its key is
// lowercased; object data becomes JSON, or a query string when the content-type is x-www-form-urlencoded;
// for GET the object's entries are added to the URL's query instead.
import type { ApiContext } from '../../core.ts'
import { headerValues, withClientHeaders } from './transfer.ts'

export interface EncodedRequest {
  url: string
  method: string
  headers: Record<string, string>
  body: string | ArrayBuffer | undefined
}

export function encodeRequest(ctx: ApiContext, o: WechatMiniprogram.RequestOption): EncodedRequest {
  const method = typeof o.method === 'string' ? o.method.toUpperCase() : 'GET'
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(headerValues(o.header))) headers[k.toLowerCase() === 'content-type' ? 'content-type' : k] = v
  headers['content-type'] ??= 'application/json'
  const data: unknown = o.data
  let url = o.url
  let body: string | ArrayBuffer | undefined
  if (!data) body = ''
  else if (typeof data === 'string' || data instanceof ArrayBuffer) body = data
  else if (headers['content-type'].includes('application/x-www-form-urlencoded')) body = formEncode(data as object)
  else body = JSON.stringify(data)
  if (method === 'GET' && typeof data === 'object' && data !== null && !(data instanceof ArrayBuffer)) url = withQuery(url, data)
  // fetch cannot send a body with GET or HEAD; the client's GET data travels in the URL.
  if (method === 'GET' || method === 'HEAD') body = undefined
  return { url, method, headers: withClientHeaders(ctx, headers), body }
}

/** `encodeURIComponent(k)=encodeURIComponent(v)&…` over own keys; nested objects are not expanded. */
export function formEncode(data: object): string {
  return Object.entries(data)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v as string)}`)
    .join('&')
}

/** GET data into the URL: an object value is sent as JSON; a key already in the URL is replaced. */
export function withQuery(url: string, data: object): string {
  const entries = Object.entries(data)
  if (entries.length === 0) return url
  const [beforeHash, hash] = splitOnce(url, '#')
  const [path, query] = splitOnce(beforeHash, '?')
  const pairs = new Map<string, string>()
  for (const part of (query ?? '').split('&')) {
    if (part === '') continue
    const [k, v] = splitOnce(part, '=')
    pairs.set(k, v ?? '')
  }
  for (const [k, v] of entries) {
    pairs.set(encodeURIComponent(k), encodeURIComponent(typeof v === 'object' ? JSON.stringify(v) : (v as string)))
  }
  const q = [...pairs].map(([k, v]) => `${k}=${v}`).join('&')
  return `${path}?${q}${hash === undefined ? '' : `#${hash}`}`
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep)
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)]
}

/**
 * The response body as the app gets it: an ArrayBuffer for responseType 'arraybuffer'; otherwise text (one
 * BOM dropped, as the client does), parsed as JSON when dataType is 'json' (the default) and left as text
 * when it is not JSON ("返回的数据为 JSON，返回后会对返回的数据进行一次 JSON.parse"; H).
 */
export function decodeResponse(body: ArrayBuffer, responseType: string | undefined, dataType: string | undefined): string | object | ArrayBuffer {
  if (responseType === 'arraybuffer') return body
  const text = new TextDecoder().decode(body)
  if ((dataType ?? 'json') !== 'json') return text
  try {
    return JSON.parse(text) as object
  } catch {
    return text
  }
}
