import { FakeWxError } from '../errors/fake-wx-error.ts'
import { ownText, walkComposed } from './wxml/composed.ts'
import type { WxmlElement } from './wxml/tree.ts'

/**
 * Finding nodes the way a test reads the screen (Testing Library's getByText) and the way
 * SelectorQuery.select names them (api/wxml/SelectorQuery.select.html, H): `#id`, `.class` (several: `.a.b`),
 * a tag, `a b` (descendant), `a > b` (child), `a, b` (either). The search covers the whole composed tree,
 * components included, in document order.
 */
interface Compound {
  readonly tag?: string
  readonly id?: string
  readonly classes: readonly string[]
}

interface Step {
  readonly compound: Compound
  /** How it relates to the step before: ' ' descendant, '>' child. */
  readonly combinator: ' ' | '>'
}

export type Selector = readonly (readonly Step[])[]

const cache = new Map<string, Selector>()

export function parseSelector(selector: string): Selector {
  const hit = cache.get(selector)
  if (hit) return hit
  if (typeof selector !== 'string' || !selector.trim()) throw new FakeWxError(`A selector is needed, got ${JSON.stringify(selector)}.`, "Use '#id', '.class', a tag, 'a b', 'a > b'.")
  const parsed = selector.split(',').map((part) => {
    const tokens = part.trim().replace(/\s*>\s*/g, ' > ').split(/\s+/)
    const steps: Step[] = []
    let combinator: ' ' | '>' = ' '
    for (const token of tokens) {
      if (token === '>') {
        combinator = '>'
        continue
      }
      const m = /^([A-Za-z][\w-]*)?((?:[#.][\w-]+)*)$/.exec(token)
      if (!m) {
        throw new FakeWxError(`The selector "${selector}" is not supported: "${token}".`, "fake-wx supports '#id', '.class', a tag, 'tag.class#id', 'a b', 'a > b', 'a, b' (what SelectorQuery.select takes, without attribute selectors).")
      }
      const parts = m[2]!.match(/[#.][\w-]+/g) ?? []
      const id = parts.find((p) => p.startsWith('#'))?.slice(1)
      steps.push({ compound: { ...(m[1] ? { tag: m[1] } : {}), ...(id ? { id } : {}), classes: parts.filter((p) => p.startsWith('.')).map((p) => p.slice(1)) }, combinator })
      combinator = ' '
    }
    return steps
  })
  cache.set(selector, parsed)
  return parsed
}

function matchesCompound(node: WxmlElement, c: Compound): boolean {
  if (node.tag.startsWith('#')) return false
  if (c.tag && node.tag !== c.tag) return false
  if (c.id && node.id !== c.id) return false
  return c.classes.every((k) => node.classList.includes(k))
}

function matchesSteps(node: WxmlElement, ancestors: readonly WxmlElement[], steps: readonly Step[]): boolean {
  const last = steps.length - 1
  if (!matchesCompound(node, steps[last]!.compound)) return false
  let i = last
  let a = ancestors.length - 1
  while (i > 0) {
    const combinator = steps[i]!.combinator
    const want = steps[i - 1]!.compound
    if (combinator === '>') {
      if (a < 0 || !matchesCompound(ancestors[a]!, want)) return false
      a--
    } else {
      while (a >= 0 && !matchesCompound(ancestors[a]!, want)) a--
      if (a < 0) return false
      a--
    }
    i--
  }
  return true
}

/** Elements under `root` (not root itself) matching `selector`, in document order. */
export function queryAll(root: WxmlElement, selector: string): WxmlElement[] {
  const parsed = parseSelector(selector)
  const out: WxmlElement[] = []
  let first = true
  for (const { node, ancestors } of walkComposed(root)) {
    if (first) {
      first = false
      continue
    }
    if (parsed.some((steps) => matchesSteps(node, ancestors, steps))) out.push(node)
  }
  return out
}

export function query(root: WxmlElement, selector: string): WxmlElement | undefined {
  return queryAll(root, selector)[0]
}

/** The first element whose own text, trimmed, equals `text` (a RegExp: matches it). */
export function getByText(root: WxmlElement, text: string | RegExp): WxmlElement | undefined {
  for (const { node } of walkComposed(root)) {
    const own = ownText(node)
    if (!own) continue
    if (typeof text === 'string' ? own === text.trim() : text.test(own)) return node
  }
  return undefined
}

/** Every element's own text, for the message of a failed search. */
export function textsOf(root: WxmlElement): string[] {
  const out: string[] = []
  for (const { node } of walkComposed(root)) {
    const own = ownText(node)
    if (own) out.push(own)
  }
  return out
}
