/**
 * Checks a bug bundle against BUNDLE_SCHEMA (bundle-schema.ts) on load. A small reader of the schema's own
 * keywords (type, const, enum, required, properties, items, minimum, minLength, oneOf picked by its
 * `discriminator`), so the schema file is the one source and every problem names the field and what was expected:
 *
 *   bug.fakewx.json: steps[2].on: expected one of "rt", "page", "element", got "pgae"
 */
import { FakeWxError } from '../runtime/errors/fake-wx-error.ts'
import { BUNDLE_FORMAT, BUNDLE_SCHEMA, BUNDLE_VERSION } from './bundle-schema.ts'
import type { BugBundle } from './bundle.ts'

/** A bundle that does not match the schema: `problems` lists each field with what was expected. */
export class BundleError extends FakeWxError {
  override name = 'BundleError'
  constructor(readonly source: string, readonly problems: readonly string[]) {
    super(`${source} is not a fake-wx bug bundle:\n${problems.map((p) => `  ${p}`).join('\n')}`, 'Make one with rt.bundle() (see README "Reproduce a permission bug").')
  }
}

interface Schema {
  readonly type?: string
  readonly const?: unknown
  readonly enum?: readonly unknown[]
  readonly required?: readonly string[]
  readonly properties?: Readonly<Record<string, Schema>>
  readonly items?: Schema
  readonly minimum?: number
  readonly minLength?: number
  readonly oneOf?: readonly Schema[]
  readonly discriminator?: string
}

const MAX_PROBLEMS = 10

/** Parses (a string) and checks a bundle; throws a BundleError naming every field that is wrong. */
export function validateBundle(input: unknown, source = 'the bundle'): BugBundle {
  let value = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input)
    } catch (error) {
      throw new BundleError(source, [`not JSON: ${(error as Error).message}`])
    }
  }
  const problems: string[] = []
  if (isObject(value) && value.format === BUNDLE_FORMAT && typeof value.version === 'number' && value.version !== BUNDLE_VERSION) {
    problems.push(`version: this fake-wx reads version ${BUNDLE_VERSION}, got ${value.version} (made by a ${value.version > BUNDLE_VERSION ? 'newer' : 'older'} fake-wx)`)
  } else check(value, BUNDLE_SCHEMA as Schema, '', problems)
  if (problems.length > 0) throw new BundleError(source, problems.slice(0, MAX_PROBLEMS).concat(problems.length > MAX_PROBLEMS ? [`… and ${problems.length - MAX_PROBLEMS} more`] : []))
  return value as BugBundle
}

function check(value: unknown, schema: Schema, path: string, problems: string[]): void {
  const at = path || '(the top level)'
  const problem = (expected: string) => problems.push(`${at}: expected ${expected}, got ${show(value)}`)
  if ('const' in schema && value !== schema.const) return void problem(JSON.stringify(schema.const))
  if (schema.enum && !schema.enum.includes(value)) return void problem(`one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`)
  if (schema.type && !hasType(value, schema.type)) return void problem(article(schema.type))
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) return void problem(`a number ≥ ${schema.minimum}`)
  if (typeof value === 'string' && schema.minLength !== undefined && value.length < schema.minLength) return void problem('a non-empty string')
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => check(v, schema.items!, `${path}[${i}]`, problems))
  if (!isObject(value)) return
  for (const key of schema.required ?? []) if (!(key in value)) problems.push(`${join(path, key)}: missing (required)`)
  for (const [key, sub] of Object.entries(schema.properties ?? {})) if (key in value) check(value[key], sub, join(path, key), problems)
  if (schema.oneOf && schema.discriminator) {
    const tag = schema.discriminator
    const branch = schema.oneOf.find((b) => b.properties?.[tag]?.const === value[tag])
    if (!branch) {
      const tags = schema.oneOf.map((b) => JSON.stringify(b.properties?.[tag]?.const))
      problems.push(`${join(path, tag)}: expected one of ${tags.join(', ')}, got ${show(value[tag])}`)
    } else check(value, branch, path, problems)
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value)
    case 'array':
      return Array.isArray(value)
    case 'integer':
      return Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    default:
      return typeof value === type
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const join = (path: string, key: string) => (path ? `${path}.${key}` : key)
const article = (type: string) => (type === 'array' || type === 'object' || type === 'integer' ? `an ${type}` : `a ${type}`)

function show(v: unknown): string {
  if (v === undefined) return 'nothing'
  if (Array.isArray(v)) return 'an array'
  if (v === null) return 'null'
  if (typeof v === 'object') return 'an object'
  const s = JSON.stringify(v)
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}
