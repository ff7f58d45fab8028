/**
 * The expression language inside `{{ }}` (framework/view/wxml/data_bind.html, H): paths (`a.b`, `a[0]`,
 * `a[key]`), literals (numbers, strings, true/false/null/undefined), arithmetic `+ - * / %`, comparison,
 * `== != === !==`, logic `&& || !`, the ternary, array literals `[a, b]`, object literals `{a: 1, b}` with
 * `...spread`, and calls of WXS module functions (`m.format(x)`). A path through undefined is undefined (the
 * view shows ''), never an exception, as in the client. Unsupported syntax is a compile error with its
 * position, reported by the caller with the file and line.
 */
export type Scope = (name: string) => unknown

export type Evaluate = (scope: Scope) => unknown

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

type Token =
  | { kind: 'num'; value: number; at: number }
  | { kind: 'str'; value: string; at: number }
  | { kind: 'id'; value: string; at: number }
  | { kind: 'op'; value: string; at: number }
  | { kind: 'end'; at: number }

const OPERATORS = ['...', '===', '!==', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '+', '-', '*', '/', '%', '<', '>', '!', '?', ':', '.', ',', '(', ')', '[', ']', '{', '}']

// "不能使用 ECMAScript 规范已经规定的关键字和保留字" (the client: Unexpected token … may be reserved words).
const RESERVED = new Set(['var', 'let', 'const', 'function', 'return', 'new', 'delete', 'this', 'class', 'if', 'else', 'for', 'while', 'do', 'switch', 'case', 'break', 'continue', 'throw', 'try', 'catch', 'finally', 'with', 'yield', 'void', 'in', 'instanceof', 'import', 'export', 'extends', 'super', 'debugger', 'enum'])

function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]!
    if (/\s/.test(c)) {
      i++
      continue
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(src.slice(i))!
      tokens.push({ kind: 'num', value: Number(m[0]), at: i })
      i += m[0].length
      continue
    }
    if (c === '"' || c === "'") {
      let j = i + 1
      let value = ''
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\') {
          const n = src[j + 1] ?? ''
          value += ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[n] ?? n
          j += 2
        } else value += src[j++]
      }
      if (j >= src.length) throw new ExpressionError('unterminated string', i)
      tokens.push({ kind: 'str', value, at: i })
      i = j + 1
      continue
    }
    if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][\w$]*/.exec(src.slice(i))!
      tokens.push({ kind: 'id', value: m[0], at: i })
      i += m[0].length
      continue
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i))
    if (!op) throw new ExpressionError(`Unexpected token \`${c}\``, i)
    tokens.push({ kind: 'op', value: op, at: i })
    i += op.length
  }
  tokens.push({ kind: 'end', at: src.length })
  return tokens
}

const BINARY: Record<string, [number, (a: unknown, b: unknown) => unknown]> = {
  '??': [1, (a, b) => a ?? b],
  '||': [2, (a, b) => a || b],
  '&&': [3, (a, b) => a && b],
  '==': [4, (a, b) => a == b],
  '!=': [4, (a, b) => a != b],
  '===': [4, (a, b) => a === b],
  '!==': [4, (a, b) => a !== b],
  '<': [5, (a, b) => (a as number) < (b as number)],
  '>': [5, (a, b) => (a as number) > (b as number)],
  '<=': [5, (a, b) => (a as number) <= (b as number)],
  '>=': [5, (a, b) => (a as number) >= (b as number)],
  '+': [6, (a, b) => (a as number) + (b as number)],
  '-': [6, (a, b) => (a as number) - (b as number)],
  '*': [7, (a, b) => (a as number) * (b as number)],
  '/': [7, (a, b) => (a as number) / (b as number)],
  '%': [7, (a, b) => (a as number) % (b as number)],
}

function member(object: unknown, key: unknown): unknown {
  if (object === null || object === undefined) return undefined
  const value = (object as Record<PropertyKey, unknown>)[key as PropertyKey]
  return value
}

class Parser {
  #i = 0
  constructor(readonly tokens: Token[]) {}

  get #t(): Token {
    return this.tokens[this.#i]!
  }

  #is(op: string): boolean {
    const t = this.#t
    return t.kind === 'op' && t.value === op
  }

  #eat(op: string): void {
    if (!this.#is(op)) throw new ExpressionError(this.#t.kind === 'end' ? `Expected \`${op}\`` : `Unexpected token \`${this.#text(this.#t)}\``, this.#t.at)
    this.#i++
  }

  #text(t: Token): string {
    return t.kind === 'end' ? 'end' : t.kind === 'str' ? JSON.stringify(t.value) : String(t.value)
  }

  done(): void {
    if (this.#t.kind !== 'end') throw new ExpressionError(`Unexpected token \`${this.#text(this.#t)}\``, this.#t.at)
  }

  expression(): Evaluate {
    const test = this.#binary(0)
    if (!this.#is('?')) return test
    this.#i++
    const yes = this.expression()
    this.#eat(':')
    const no = this.expression()
    return (s) => (test(s) ? yes(s) : no(s))
  }

  #binary(min: number): Evaluate {
    let left = this.#unary()
    for (;;) {
      const t = this.#t
      const entry = t.kind === 'op' ? BINARY[t.value] : undefined
      if (!entry || entry[0] <= min) return left
      this.#i++
      const right = this.#binary(entry[0])
      const [, fn] = entry
      const l = left
      const op = (t as { value: string }).value
      if (op === '&&') left = (s) => l(s) && right(s)
      else if (op === '||') left = (s) => l(s) || right(s)
      else if (op === '??') left = (s) => l(s) ?? right(s)
      else left = (s) => fn(l(s), right(s))
    }
  }

  #unary(): Evaluate {
    if (this.#is('!')) {
      this.#i++
      const e = this.#unary()
      return (s) => !e(s)
    }
    if (this.#is('-')) {
      this.#i++
      const e = this.#unary()
      return (s) => -(e(s) as number)
    }
    if (this.#is('+')) {
      this.#i++
      const e = this.#unary()
      return (s) => +(e(s) as number)
    }
    if (this.#t.kind === 'id' && this.#t.value === 'typeof') {
      this.#i++
      const e = this.#unary()
      return (s) => typeof e(s)
    }
    return this.#postfix(this.#primary())
  }

  #postfix(start: Evaluate): Evaluate {
    let e = start
    // `this` of a call: the object a member was read from (m.fn(x) calls fn with this = m).
    let objectOf: Evaluate | undefined
    for (;;) {
      if (this.#is('.') || this.#is('?.')) {
        this.#i++
        const t = this.#t
        if (t.kind !== 'id') throw new ExpressionError(`Unexpected token \`${this.#text(t)}\``, t.at)
        this.#i++
        const o = e
        const key = t.value
        objectOf = o
        e = (s) => member(o(s), key)
      } else if (this.#is('[')) {
        this.#i++
        const key = this.expression()
        this.#eat(']')
        const o = e
        objectOf = o
        e = (s) => member(o(s), key(s))
      } else if (this.#is('(')) {
        const at = this.#t.at
        this.#i++
        const args: Evaluate[] = []
        while (!this.#is(')')) {
          args.push(this.expression())
          if (!this.#is(')')) this.#eat(',')
        }
        this.#i++
        const fn = e
        const self = objectOf
        e = (s) => {
          const f = fn(s)
          if (typeof f !== 'function') throw new ExpressionError('not a function: only WXS module functions can be called in WXML', at)
          return (f as (...a: unknown[]) => unknown).apply(self?.(s), args.map((a) => a(s)))
        }
        objectOf = undefined
      } else return e
    }
  }

  #primary(): Evaluate {
    const t = this.#t
    this.#i++
    if (t.kind === 'num' || t.kind === 'str') {
      const v = t.value
      return () => v
    }
    if (t.kind === 'id') {
      switch (t.value) {
        case 'true':
          return () => true
        case 'false':
          return () => false
        case 'null':
          return () => null
        case 'undefined':
          return () => undefined
      }
      if (RESERVED.has(t.value)) throw new ExpressionError(`Unexpected token \`${t.value}\`, may be reserved words`, t.at)
      const name = t.value
      return (s) => s(name)
    }
    if (t.kind === 'op') {
      if (t.value === '(') {
        const e = this.expression()
        this.#eat(')')
        return e
      }
      if (t.value === '[') {
        const items: Array<{ spread: boolean; e: Evaluate }> = []
        while (!this.#is(']')) {
          const spread = this.#is('...')
          if (spread) this.#i++
          items.push({ spread, e: this.expression() })
          if (!this.#is(']')) this.#eat(',')
        }
        this.#i++
        return (s) => items.flatMap(({ spread, e }) => (spread ? [...((e(s) as unknown[]) ?? [])] : [e(s)]))
      }
      if (t.value === '{') {
        const body = this.objectBody('}')
        this.#eat('}')
        return body
      }
    }
    throw new ExpressionError(t.kind === 'end' ? 'Unexpected end of expression' : `Unexpected token \`${this.#text(t)}\``, t.at)
  }

  /** `a: 1, b, ...c` up to `close` ('}' or the end of a template's data="{{…}}"). */
  objectBody(close: '}' | 'end'): Evaluate {
    const parts: Array<(s: Scope, into: Record<string, unknown>) => void> = []
    const atClose = () => (close === 'end' ? this.#t.kind === 'end' : this.#is('}'))
    while (!atClose()) {
      if (this.#is('...')) {
        this.#i++
        const e = this.expression()
        parts.push((s, into) => Object.assign(into, e(s)))
      } else {
        const k = this.#t
        if (k.kind !== 'id' && k.kind !== 'str' && k.kind !== 'num') throw new ExpressionError(`Unexpected token \`${this.#text(k)}\``, k.at)
        this.#i++
        const key = String(k.value)
        if (this.#is(':')) {
          this.#i++
          const e = this.expression()
          parts.push((s, into) => void (into[key] = e(s)))
        } else {
          if (k.kind !== 'id') throw new ExpressionError(`Expected \`:\``, this.#t.at)
          parts.push((s, into) => void (into[key] = s(key)))
        }
      }
      if (!atClose()) this.#eat(',')
    }
    return (s) => {
      const into: Record<string, unknown> = {}
      for (const part of parts) part(s, into)
      return into
    }
  }
}

const cache = new Map<string, Evaluate>()

/** Compiles the inside of one `{{ }}`. `objectBody`: a template's `data="{{ a, b: 1, ...c }}"` (an object without braces). */
export function compileExpression(src: string, options: { objectBody?: boolean } = {}): Evaluate {
  const cacheKey = `${options.objectBody ? 'o' : 'e'}${src}`
  const hit = cache.get(cacheKey)
  if (hit) return hit
  const parser = new Parser(tokenize(src))
  let e: Evaluate
  if (options.objectBody && looksLikeObjectBody(src)) e = parser.objectBody('end')
  else e = parser.expression()
  parser.done()
  cache.set(cacheKey, e)
  return e
}

function looksLikeObjectBody(src: string): boolean {
  const s = src.trim()
  return s.startsWith('...') || /^[A-Za-z_$][\w$]*\s*(?::|,|$)/.test(s)
}

/** One piece of an attribute or text: literal text or a compiled `{{ }}`. */
export type Piece = string | { readonly source: string; readonly evaluate: Evaluate; readonly offset: number }

/**
 * Splits `a {{b}} c` into pieces. A lone `{{x}}` keeps the value's type (a number, an object); mixed with text
 * it is a string, undefined/null shown as '' (data_bind.html).
 */
export function splitMustache(text: string, options: { objectBody?: boolean } = {}): Piece[] {
  const pieces: Piece[] = []
  let i = 0
  while (i < text.length) {
    const open = text.indexOf('{{', i)
    if (open < 0) {
      pieces.push(text.slice(i))
      break
    }
    if (open > i) pieces.push(text.slice(i, open))
    const close = findClose(text, open + 2)
    if (close < 0) throw new ExpressionError('missing `}}`', open)
    const source = text.slice(open + 2, close)
    try {
      pieces.push({ source, evaluate: compileExpression(source, options), offset: open })
    } catch (error) {
      if (error instanceof ExpressionError) throw new ExpressionError(error.message, open + 2 + error.offset)
      throw error
    }
    i = close + 2
  }
  return pieces
}

/** The `}}` that closes a mustache, skipping strings and nested object literals (`{{ {a: {b: 1}} }}`). */
function findClose(text: string, from: number): number {
  let depth = 0
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1)
      if (end < 0) return -1
      i = end
    } else if (c === '{') depth++
    else if (c === '}') {
      if (depth === 0 && text[i + 1] === '}') return i
      if (depth > 0) depth--
    }
  }
  return -1
}

export function isDynamic(pieces: readonly Piece[]): boolean {
  return pieces.some((p) => typeof p !== 'string')
}

export function evaluatePieces(pieces: readonly Piece[], scope: Scope): unknown {
  if (pieces.length === 1 && typeof pieces[0] !== 'string') return pieces[0]!.evaluate(scope)
  return pieces.map((p) => (typeof p === 'string' ? p : toText(p.evaluate(scope)))).join('')
}

/** How a value shows as text: undefined/null → '', objects as the client's String() ('[object Object]'). */
export function toText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map(toText).join(',')
  return String(value)
}
