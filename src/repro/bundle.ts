/**
 * The bug bundle (`rt.bundle()`): one versioned JSON object that holds a permission bug — the runtime options,
 * the steps the test drove (trace/recording.ts), every prompt with the answer it got, the network exchanges
 * (HAR-like, so a replay needs no msw) and the trace. No functions; no absolute paths unless asked for.
 * Schema: bundle-schema.ts (checked in as schema/fake-wx-bundle.schema.json); replay: replay.ts.
 * This module reads only the runtime's records (it sits with the runtime assembly, under create-runtime).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { Buffer } from 'node:buffer'
import type { RuntimeCore } from '../runtime/core.ts'
import { exchangesOf, type Exchange } from '../runtime/apis/network/exchanges.ts'
import { recordingOf, type StepTarget } from '../runtime/trace/recording.ts'
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundle-schema.ts'
import { toJson, type Json, type JsonContext } from './to-json.ts'

export interface BundleOptions {
  /** The directory `options.app.root` is written relative to. Default: the current directory. */
  base?: string
  /** Keep absolute paths (the app root, paths in the trace) as they are. Default false: `<app>/…`. */
  absolutePaths?: boolean
}

export type BundleStep = StepTarget & { args: Json[]; at: number; end?: number; doneBefore?: number; error?: string }

export interface BundlePrompt {
  kind: string
  scope?: string
  api: string
  details?: Json
  /** Absent when nobody answered. */
  answer?: Json
  by?: 'standing' | 'test' | 'scenario'
}

export interface HarHeader {
  name: string
  value: string
}

/** One network exchange, shaped after a HAR entry (http://www.softwareishard.com/blog/har-12-spec/#entries). */
export interface BundleNetworkEntry {
  api: Exchange['kind']
  /** ISO time on the runtime's clock. */
  startedDateTime: string
  time?: number
  request: { method: string; url: string; headers: HarHeader[]; postData?: { mimeType?: string; text: string; encoding?: 'base64' } }
  response?: { status: number; headers: HarHeader[]; cookies?: string[]; content: { size: number; mimeType?: string; text: string; encoding?: 'base64' } }
  /** No response: 'abort', 'timeout' or the network failure's message. */
  error?: string
}

export interface BugBundle {
  format: typeof BUNDLE_FORMAT
  version: typeof BUNDLE_VERSION
  /** createRuntime options as JSON; `app.root` relative to the base. */
  options: { app?: { root: string } } & { [key: string]: Json | undefined }
  /** The app.json the runtime read (the folder's, with options.appJson over it). */
  appJson?: Json
  /** Option paths that held functions (standing answers as functions, app.modules …), left out. */
  dropped?: string[]
  /** Test code the bundle cannot hold (rt.tap(fn), rt.override …), at the trace length where it ran. */
  unrecordable?: { what: string; at: number }[]
  steps: BundleStep[]
  prompts: BundlePrompt[]
  network: { entries: BundleNetworkEntry[] }
  trace: { type: string; seq: number; time: number; [key: string]: Json }[]
}

/** The paths a bundle replaces in its strings: the app root (and the base) → `<app>` / `<base>`. */
export function pathReplacements(appRoot: string | undefined, base: string | undefined): [string, string][] {
  const out: [string, string][] = []
  for (const [dir, name] of [[appRoot, '<app>'], [base, '<base>']] as const) {
    if (!dir) continue
    const abs = resolve(dir)
    out.push([abs.endsWith(sep) ? abs : abs + sep, `${name}/`], [abs, name])
  }
  return out.sort((a, b) => b[0].length - a[0].length)
}

/** The trace as a bundle holds it (and as replay compares it). */
export function traceJson(entries: readonly unknown[], paths: JsonContext['paths']): BugBundle['trace'] {
  return entries.map((e) => toJson(e, { functions: 'mark', paths }) as BugBundle['trace'][number])
}

export function makeBundle(core: RuntimeCore, options: BundleOptions = {}): BugBundle {
  const recording = recordingOf(core)
  const given = (recording.options ?? {}) as { app?: { root?: string; modules?: unknown }; [key: string]: unknown }
  const base = resolve(options.base ?? process.cwd())
  const appRoot = given.app?.root !== undefined ? resolve(given.app.root) : undefined
  const paths = options.absolutePaths ? [] : pathReplacements(appRoot, base)
  const dropped: string[] = []
  const { app, ...rest } = given
  const json = toJson(rest, { functions: 'drop', paths, dropped }, 'options') as Record<string, Json>
  if (app?.modules !== undefined) dropped.push('options.app.modules')
  const bundleOptions: BugBundle['options'] = { ...json }
  if (appRoot !== undefined) bundleOptions.app = { root: options.absolutePaths ? appRoot : toPosix(relative(base, appRoot) || '.') }
  const mark: JsonContext = { functions: 'mark', paths }
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    options: bundleOptions,
    ...(appRoot !== undefined ? { appJson: toJson(core.config.appJson, mark) ?? {} } : {}),
    ...(dropped.length > 0 ? { dropped } : {}),
    ...(recording.unrecordable.length > 0 ? { unrecordable: recording.unrecordable.map((u) => ({ ...u })) } : {}),
    steps: recording.steps.map((s) => ({ ...s, args: s.args.map((a) => toJson(a, mark) ?? null) }) as BundleStep),
    prompts: promptsOf(core, mark),
    network: { entries: exchangesOf(core).map((e) => networkEntry(e)) },
    trace: traceJson(core.trace.entries, paths),
  }
}

function promptsOf(core: RuntimeCore, ctx: JsonContext): BundlePrompt[] {
  const shown = new Map<number, { details?: unknown; by?: BundlePrompt['by'] }>()
  for (const e of core.trace.entries) {
    if (e.type === 'prompt') shown.set(e.id, { details: e.details })
    else if (e.type === 'answer') {
      const p = shown.get(e.id)
      if (p) p.by = e.by
    }
  }
  // rt.prompts lists the prompts in the order of their ids (user/simulated-user.ts: id n is records[n - 1]).
  return core.user.records.map((r, i) => {
    const t = shown.get(i + 1)
    const details = toJson(t?.details, ctx)
    const answer = toJson(r.answer, ctx)
    return {
      kind: r.kind,
      ...(r.scope ? { scope: r.scope } : {}),
      api: r.api,
      ...(details !== undefined ? { details } : {}),
      ...(answer !== undefined ? { answer } : {}),
      ...(t?.by ? { by: t.by } : {}),
    }
  })
}

function networkEntry(e: Exchange): BundleNetworkEntry {
  const requestType = header(e.headers, 'content-type')
  const postData = bodyText(e.body, requestType)
  const entry: BundleNetworkEntry = {
    api: e.kind,
    startedDateTime: new Date(e.startedAt).toISOString(),
    ...(e.endedAt !== undefined ? { time: e.endedAt - e.startedAt } : {}),
    request: { method: e.method, url: e.url, headers: harHeaders(e.headers), ...(postData ? { postData } : {}) },
  }
  if (e.response) {
    const mimeType = header(e.response.headers, 'content-type')
    const content = bodyText(e.response.body, mimeType) ?? { text: '' }
    entry.response = {
      status: e.response.status,
      headers: harHeaders(e.response.headers).filter((h) => h.name.toLowerCase() !== 'set-cookie'),
      ...(e.response.cookies.length > 0 ? { cookies: [...e.response.cookies] } : {}),
      content: { size: e.response.body.byteLength, ...content },
    }
  }
  if (e.error !== undefined) entry.error = e.error
  return entry
}

function harHeaders(headers: Readonly<Record<string, string>>): HarHeader[] {
  return Object.entries(headers).map(([name, value]) => ({ name, value }))
}

function header(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1]
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** A body as HAR keeps it: text when it is UTF-8 text, base64 otherwise; a form as its fields. */
function bodyText(body: unknown, mimeType: string | undefined): { mimeType?: string; text: string; encoding?: 'base64' } | undefined {
  const typed = mimeType ? { mimeType } : {}
  if (body === undefined || body === null) return undefined
  if (typeof body === 'string') return { ...typed, text: body }
  if (body instanceof URLSearchParams) return { ...typed, text: body.toString() }
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    const fields = [...body.entries()].map(([k, v]) => `${k}=${typeof v === 'string' ? v : `[File ${v.name} ${v.size} bytes]`}`)
    return { mimeType: 'multipart/form-data', text: fields.join('&') }
  }
  const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : ArrayBuffer.isView(body) ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : undefined
  if (!bytes) return { ...typed, text: String(body) }
  try {
    const text = UTF8.decode(bytes)
    if (!text.includes('\u0000')) return { ...typed, text }
  } catch {
    // not UTF-8: base64 below
  }
  return { ...typed, text: Buffer.from(bytes).toString('base64'), encoding: 'base64' }
}

/** A recorded body back as bytes. */
export function bodyBytes(content: { text: string; encoding?: 'base64' }): Uint8Array {
  return content.encoding === 'base64' ? new Uint8Array(Buffer.from(content.text, 'base64')) : new TextEncoder().encode(content.text)
}

function toPosix(p: string): string {
  return isAbsolute(p) ? p : p.split(sep).join('/')
}
