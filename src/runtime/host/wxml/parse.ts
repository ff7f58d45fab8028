import { FakeWxError } from '../../errors/fake-wx-error.ts'

/**
 * WXML source → a syntax tree with file/line/column. WXML "要求标签必须是严格闭合的，没有闭合将会导致编译错误"
 * (framework/view/wxml/, H); attributes are case-sensitive; `<!-- -->` comments; `<wxs>` holds raw script;
 * `{{ }}` in text may contain `<` and `>`. Errors use the wording of the client's WXML compiler (WCC) as
 * DevTools prints it ("[ WXML 文件编译错误] ./x.wxml … end tag missing, near `view`", public bug reports, M).
 */
export interface Pos {
  readonly line: number
  readonly column: number
}

export interface AstAttr {
  readonly name: string
  /** true for a bare attribute (`<view hidden>`). */
  readonly value: string | true
  readonly pos: Pos
  /** Where the value starts (for expression errors). */
  readonly valuePos: Pos
}

export interface AstElement {
  readonly kind: 'element'
  readonly tag: string
  readonly attrs: readonly AstAttr[]
  readonly children: readonly AstNode[]
  readonly pos: Pos
}

export interface AstText {
  readonly kind: 'text'
  readonly text: string
  readonly pos: Pos
}

export type AstNode = AstElement | AstText

/** A WXML compile error: the client's text, the file and line. */
export function wxmlCompileError(file: string, pos: Pos, message: string, source?: string): FakeWxError {
  const line = source?.split('\n')[pos.line - 1]
  const frame = line === undefined ? '' : `\n> ${pos.line} | ${line}\n    | ${' '.repeat(Math.max(0, pos.column - 1))}^`
  return new FakeWxError(
    `[ WXML 文件编译错误] ./${file}:${pos.line}:${pos.column}\n ${message}${frame}`,
    'The client refuses to compile this file: the page shows nothing. Fix the WXML as the message says.',
  )
}

export function parseWxml(source: string, file: string): AstNode[] {
  return new WxmlParser(source, file).parse()
}

// Tags whose content is raw text (script), not markup.
const RAW_TEXT = new Set(['wxs'])

class WxmlParser {
  #i = 0
  readonly #lineStarts: number[] = [0]

  constructor(
    readonly src: string,
    readonly file: string,
  ) {
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') this.#lineStarts.push(i + 1)
  }

  pos(offset: number): Pos {
    let lo = 0
    let hi = this.#lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.#lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - this.#lineStarts[lo]! + 1 }
  }

  fail(offset: number, message: string): never {
    throw wxmlCompileError(this.file, this.pos(offset), message, this.src)
  }

  parse(): AstNode[] {
    const root: { tag: string; children: AstNode[]; at: number }[] = [{ tag: '', children: [], at: 0 }]
    const { src } = this
    while (this.#i < src.length) {
      const top = root.at(-1)!
      if (src.startsWith('<!--', this.#i)) {
        const end = src.indexOf('-->', this.#i + 4)
        if (end < 0) this.fail(this.#i, 'comment not closed, near `<!--`')
        this.#i = end + 3
        continue
      }
      if (src.startsWith('</', this.#i)) {
        const m = /^<\/\s*([\w:.-]+)\s*>/.exec(src.slice(this.#i))
        if (!m) this.fail(this.#i, 'unexpected character `<`')
        const tag = m[1]!
        if (top.tag !== tag) {
          if (root.some((r) => r.tag === tag)) this.fail(top.at, `end tag missing, near \`${top.tag}\``)
          this.fail(this.#i, `get tag end without start, near \`</${tag}>\``)
        }
        root.pop()
        this.#i += m[0].length
        continue
      }
      if (src[this.#i] === '<' && /[A-Za-z]/.test(src[this.#i + 1] ?? '')) {
        const { element, selfClosing } = this.#startTag()
        top.children.push(element)
        if (selfClosing) continue
        if (RAW_TEXT.has(element.tag)) {
          const close = src.indexOf(`</${element.tag}>`, this.#i)
          if (close < 0) this.fail(this.#i, `end tag missing, near \`${element.tag}\``)
          const text = src.slice(this.#i, close)
          if (text.trim()) (element.children as AstNode[]).push({ kind: 'text', text, pos: this.pos(this.#i) })
          this.#i = close + element.tag.length + 3
          continue
        }
        root.push({ tag: element.tag, children: element.children as AstNode[], at: this.#offsetOf(element) })
        continue
      }
      // text, up to the next tag outside a {{ }}
      const start = this.#i
      let j = this.#i
      while (j < src.length) {
        if (src.startsWith('{{', j)) {
          const close = src.indexOf('}}', j + 2)
          j = close < 0 ? src.length : close + 2
          continue
        }
        if (src[j] === '<' && (src[j + 1] === '/' || src[j + 1] === '!' || /[A-Za-z]/.test(src[j + 1] ?? ''))) break
        j++
      }
      top.children.push({ kind: 'text', text: decodeEntities(src.slice(start, j)), pos: this.pos(start) })
      this.#i = j
    }
    if (root.length > 1) this.fail(root.at(-1)!.at, `end tag missing, near \`${root.at(-1)!.tag}\``)
    return root[0]!.children
  }

  readonly #offsets = new WeakMap<AstElement, number>()

  #offsetOf(element: AstElement): number {
    return this.#offsets.get(element) ?? 0
  }

  #startTag(): { element: AstElement; selfClosing: boolean } {
    const { src } = this
    const at = this.#i
    const m = /^<([A-Za-z][\w:.-]*)/.exec(src.slice(at))!
    const tag = m[1]!
    this.#i = at + m[0].length
    const attrs: AstAttr[] = []
    for (;;) {
      while (/\s/.test(src[this.#i] ?? '')) this.#i++
      if (this.#i >= src.length) this.fail(at, `end tag missing, near \`${tag}\``)
      if (src.startsWith('/>', this.#i)) {
        this.#i += 2
        return this.#made(tag, attrs, at, true)
      }
      if (src[this.#i] === '>') {
        this.#i++
        return this.#made(tag, attrs, at, false)
      }
      const name = /^[^\s=/>"']+/.exec(src.slice(this.#i))
      if (!name) this.fail(this.#i, `unexpected character \`${src[this.#i]}\``)
      const attrAt = this.#i
      this.#i += name[0].length
      while (/\s/.test(src[this.#i] ?? '')) this.#i++
      if (src[this.#i] !== '=') {
        attrs.push({ name: name[0], value: true, pos: this.pos(attrAt), valuePos: this.pos(attrAt) })
        continue
      }
      this.#i++
      while (/\s/.test(src[this.#i] ?? '')) this.#i++
      const quote = src[this.#i]
      let value: string
      let valueAt: number
      if (quote === '"' || quote === "'") {
        valueAt = this.#i + 1
        const end = this.#closingQuote(valueAt, quote)
        if (end < 0) this.fail(attrAt, `Bad attr \`${name[0]}\` with message: unexpected end of value.`)
        value = src.slice(valueAt, end)
        this.#i = end + 1
      } else {
        valueAt = this.#i
        const bare = /^[^\s>]+/.exec(src.slice(this.#i))
        value = bare ? bare[0].replace(/\/$/, '') : ''
        this.#i += value.length
      }
      if (attrs.some((a) => a.name === name[0])) this.fail(attrAt, `Bad attr \`${name[0]}\` with message: duplicate attribute.`)
      attrs.push({ name: name[0], value: decodeEntities(value), pos: this.pos(attrAt), valuePos: this.pos(valueAt) })
    }
  }

  /** The closing quote of an attribute value; a quote inside `{{ }}` (`"{{ a ? "x" : "y" }}"`) does not close it. */
  #closingQuote(from: number, quote: string): number {
    const { src } = this
    for (let i = from; i < src.length; i++) {
      if (src.startsWith('{{', i)) {
        const close = src.indexOf('}}', i + 2)
        if (close >= 0) i = close + 1
        continue
      }
      if (src[i] === quote) return i
    }
    return -1
  }

  #made(tag: string, attrs: AstAttr[], at: number, selfClosing: boolean): { element: AstElement; selfClosing: boolean } {
    const element: AstElement = { kind: 'element', tag, attrs, children: [], pos: this.pos(at) }
    this.#offsets.set(element, at)
    return { element, selfClosing }
  }
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&nbsp;': '\u00a0' }

/** Text as the view shows it: the XML entities decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|apos|nbsp);/g, (e) => ENTITIES[e]!)
}
