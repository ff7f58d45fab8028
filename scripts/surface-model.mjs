// Reads `interface Wx` of miniprogram-api-typings with the TypeScript compiler API and returns the
// surface table as data (see src/runtime/surface/surface-types.ts for the shapes). Used by
// scripts/generate-surface.mjs (writes the file) and by the drift test (compares in memory).
import { createRequire } from 'node:module'
import ts from 'typescript'

const require = createRequire(import.meta.url)
const MAX_DEPTH = 3 // the result object, its fields' objects, and one level further

/** "需要基础库： `2.10.0`" / "需要基础库 `2.10.0`" at the start of a line of a doc comment (not "在插件中使用：需要基础库"). */
function sinceOf(doc) {
  for (const line of doc.split('\n')) {
    const m = line.match(/^\s*(?:\/\*\*|\*)?\s*需要基础库[：:]?\s*`(\d+\.\d+\.\d+)`/)
    if (m) return m[1]
  }
  return undefined
}

/** Versions of literal values: "- 'none': … [1.9.0](…compatibility.html)及以上版本支持" or "- 'x': …; 需要基础库 `2.1.0`". */
function valueSinces(doc) {
  const out = {}
  for (const line of doc.split('\n')) {
    const m = line.match(/^\s*(?:\/\*\*|\*)?\s*- '([^']*)':(.*)$/)
    if (!m) continue
    const v = m[2].match(/(\d+\.\d+\.\d+)\]\([^)]*\)\s*及以上|需要基础库[：:]?\s*`?(\d+\.\d+\.\d+)|(\d+\.\d+\.\d+)\s*(?:版本)?(?:开始|起)支持/)
    if (v) out[m[1]] = v[1] ?? v[2] ?? v[3]
  }
  return out
}

/**
 * The model of the typings' `wx` surface. Built once per process: three drift tests (surface table, API versions,
 * option types) each compared their file with a fresh model, and each TypeScript program cost 2–6 s of the suite
 * (issue 14: the suite's slowest tests). Callers only read the model.
 */
let built
export function buildSurface() {
  return (built ??= buildSurfaceOnce())
}

function buildSurfaceOnce() {
  const file = require.resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts')
  const index = require.resolve('miniprogram-api-typings/types/index.d.ts')
  const program = ts.createProgram([index], { noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es2020.d.ts'] })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(file)
  let wxDecl
  source.forEachChild(function visit(node) {
    if (wxDecl) return
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Wx') wxDecl = node
    else node.forEachChild(visit)
  })
  if (!wxDecl) throw new Error('interface Wx not found in ' + file)
  const wxType = checker.getTypeAtLocation(wxDecl)

  const objects = {}
  const docOf = (symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker))
  const rawDocOf = (decl) => (decl ? ts.getJSDocCommentsAndTags(decl).map((d) => d.getText()).join('\n') : '')
  const nameOfType = (type) => (type.aliasSymbol ?? type.getSymbol())?.getName()
  const isOptional = (sym) => (sym.flags & ts.SymbolFlags.Optional) !== 0
  const callable = (type) => checker.getSignaturesOfType(type, ts.SignatureKind.Call).length > 0
  const nonNullable = (type) => checker.getNonNullableType(type)
  /** Promise, ArrayBuffer, typed arrays …: the JavaScript's own, not the typings'. */
  const fromDefaultLib = (type) => {
    const decl = (type.aliasSymbol ?? type.getSymbol())?.declarations?.[0]
    return !!decl && program.isSourceFileDefaultLibrary(decl.getSourceFile())
  }

  /** An interface with methods: built as an inert object (its own table row). */
  function isObjectWithMethods(type) {
    if (!(type.flags & ts.TypeFlags.Object) || callable(type) || checker.isArrayType(type) || checker.isTupleType(type)) return false
    const name = nameOfType(type)
    if (!name || name === '__type' || fromDefaultLib(type)) return false
    return checker.getPropertiesOfType(type).some((p) => {
      const decl = p.valueDeclaration ?? p.declarations?.[0]
      return decl && (ts.isMethodSignature(decl) || ts.isMethodDeclaration(decl))
    })
  }

  function neutral(type, depth, self) {
    type = nonNullable(type)
    const f = type.flags
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never)) return undefined
    if (f & ts.TypeFlags.Null) return null
    if (f & ts.TypeFlags.BooleanLike) return f & ts.TypeFlags.BooleanLiteral ? type.intrinsicName === 'true' : false
    if (f & ts.TypeFlags.NumberLiteral) return type.value
    if (f & ts.TypeFlags.NumberLike) return 0
    if (f & ts.TypeFlags.StringLiteral) return type.value
    if (f & (ts.TypeFlags.StringLike | ts.TypeFlags.TemplateLiteral)) return ''
    if (f & ts.TypeFlags.BigIntLike) return 0
    if (type.isUnion()) {
      const members = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)))
      if (members.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return false
      return members.length ? neutral(members[0], depth, self) : undefined
    }
    if (type.isIntersection()) return neutral(type.types[0], depth, self)
    if (checker.isArrayType(type) || checker.isTupleType(type)) return []
    if (callable(type)) return { $: 'fn' }
    const name = nameOfType(type)
    if (name === 'ArrayBuffer') return { $: 'buffer' }
    if (name === 'Promise') {
      const [arg] = checker.getTypeArguments(type)
      return { $: 'promise', value: arg ? neutral(arg, depth, self) : undefined }
    }
    if (fromDefaultLib(type)) return /^(Uint|Int|Float)\w*Array$/.test(name) ? { $: 'typed', name } : {}
    if (isObjectWithMethods(type)) {
      if (self && name === self) return { $: 'self' }
      describeObject(type)
      return { $: 'inert', name }
    }
    if (!(f & ts.TypeFlags.Object)) return undefined
    if (depth >= MAX_DEPTH) return {}
    const out = {}
    for (const p of checker.getPropertiesOfType(type)) {
      if (isOptional(p) || p.getName() === 'errMsg') continue
      const pt = checker.getTypeOfSymbol(p)
      out[p.getName()] = neutral(pt, depth + 1, self)
    }
    return out
  }

  const successTypeOf = (optionType) => {
    const success = optionType && checker.getPropertyOfType(nonNullable(optionType), 'success')
    if (!success) return undefined
    const sig = checker.getSignaturesOfType(nonNullable(checker.getTypeOfSymbol(success)), ts.SignatureKind.Call)[0]
    const param = sig?.getParameters()[0]
    return param ? checker.getTypeOfSymbol(param) : undefined
  }

  /** The option type of a call: the constraint of `T extends XOption`, else the first parameter's type. */
  function optionTypeOf(sig) {
    const decl = sig.getDeclaration()
    const tp = decl.typeParameters?.[0]
    if (tp?.constraint && decl.parameters[0]?.type && ts.isTypeReferenceNode(decl.parameters[0].type) && decl.parameters[0].type.typeName.getText() === tp.name.text) {
      return checker.getTypeFromTypeNode(tp.constraint)
    }
    const p = sig.getParameters()[0]
    return p ? checker.getTypeOfSymbol(p) : undefined
  }

  /** How a method is called: async (+ Promise form), task, on/off listener, factory, sync. */
  function formOf(name, sigs, self) {
    const sig = sigs[sigs.length - 1]
    const decl = sig.getDeclaration()
    const returnNode = decl.type
    const promisified = sigs.some((s) => {
      const r = s.getDeclaration().type
      return r && ts.isTypeReferenceNode(r) && r.typeName.getText() === 'PromisifySuccessResult'
    })
    const optionType = optionTypeOf(sig)
    const success = successTypeOf(optionType)
    const ret = checker.getReturnTypeOfSignature(sig)
    if (promisified || success) {
      const payload = success ? neutral(success, 0, undefined) : {}
      const entry = { form: 'async', promise: promisified, success: payload && typeof payload === 'object' ? payload : {} }
      if (!promisified && !(ret.flags & ts.TypeFlags.Void)) {
        const task = neutral(ret, 0, self)
        if (task && typeof task === 'object' && (task.$ === 'inert' || task.$ === 'self')) entry.task = task.$ === 'self' ? self : task.name
        else if (task && task.$ === 'promise') entry.promise = true
      }
      return entry
    }
    const params = sig.getParameters()
    const firstIsFn = params[0] && callable(nonNullable(checker.getTypeOfSymbol(params[0])))
    if (/^on[A-Z]/.test(name) && (firstIsFn || params.length === 0) && ret.flags & ts.TypeFlags.Void) return { form: 'on' }
    if (/^off[A-Z]/.test(name) && (firstIsFn || params.length === 0) && ret.flags & ts.TypeFlags.Void) return { form: 'off' }
    void returnNode
    const value = neutral(ret, 0, self)
    if (value && typeof value === 'object' && value.$ === 'inert') return { form: 'factory', returns: value.name }
    return { form: 'sync', value }
  }


  /**
   * The client's type names a value of `type` may have (params.ts typeName: String, Number, Boolean, Object, Array,
   * Function, ArrayBuffer), or undefined when any value goes (any / unknown) or the type is the JavaScript's own.
   */
  function clientTypesOf(type) {
    type = nonNullable(type)
    const members = type.isUnion() ? type.types : [type]
    const out = new Set()
    for (const t of members) {
      const f = t.flags
      if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined
      if (f & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void | ts.TypeFlags.Never)) continue
      if (f & ts.TypeFlags.BooleanLike) out.add('Boolean')
      else if (f & ts.TypeFlags.NumberLike) out.add('Number')
      else if (f & (ts.TypeFlags.StringLike | ts.TypeFlags.TemplateLiteral)) out.add('String')
      else if (checker.isArrayType(t) || checker.isTupleType(t)) out.add('Array')
      else if (callable(t)) out.add('Function')
      else if (f & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive | ts.TypeFlags.Intersection)) {
        const name = nameOfType(t)
        if (name === 'ArrayBuffer') { out.add('ArrayBuffer'); continue }
        if (fromDefaultLib(t) && name !== 'Record' && name !== 'Date') return undefined // typed arrays, Promise …: not checked
        // `IAnyObject` / `Record<string, any>` and the like hold arrays too on the client (data: any object).
        if (name === 'IAnyObject' || name === 'Record') { out.add('Object'); out.add('Array') }
        else out.add('Object')
      } else return undefined
    }
    return out.size ? [...out].sort() : undefined
  }

  /** `{ key: types }` of an option object's fields (not success/fail/complete), from the typings. */
  function optionTypesOfObject(type) {
    if (!type) return undefined
    if (type.flags & ts.TypeFlags.TypeParameter) type = checker.getBaseConstraintOfType(type) ?? type // setStorage<T, U extends SetStorageOption<T>>
    type = nonNullable(type)
    // ArrayBuffer and the like (arrayBufferToBase64's argument) are values, not option objects.
    if (!(type.flags & ts.TypeFlags.Object) || callable(type) || fromDefaultLib(type)) return undefined
    const out = {}
    for (const p of checker.getPropertiesOfType(type)) {
      const n = p.getName()
      // Symbol-keyed members (`__@toStringTag@46`) have no option name, and their ids change between programs.
      if (['success', 'fail', 'complete'].includes(n) || n.startsWith('__@')) continue
      const types = clientTypesOf(checker.getTypeOfSymbol(p))
      if (types) out[n] = types
    }
    return Object.keys(out).length ? Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]])) : undefined
  }

  function fieldsOf(type, withValues) {
    if (!type) return undefined
    type = nonNullable(type)
    if (!(type.flags & ts.TypeFlags.Object) || callable(type) || fromDefaultLib(type)) return undefined
    const out = []
    for (const p of checker.getPropertiesOfType(type)) {
      const n = p.getName()
      if (['success', 'fail', 'complete'].includes(n) || n.startsWith('__@')) continue
      const decl = p.valueDeclaration ?? p.declarations?.[0]
      const doc = rawDocOf(decl)
      const since = sinceOf(doc)
      out.push(since ? `${n}@${since}` : n)
      if (!withValues) continue
      const pt = nonNullable(checker.getTypeOfSymbol(p))
      const literals = pt.isUnion() ? pt.types.filter((t) => t.flags & ts.TypeFlags.StringLiteral) : pt.flags & ts.TypeFlags.StringLiteral ? [pt] : []
      const sinces = valueSinces(doc)
      for (const t of literals) out.push(sinces[t.value] ? `${n}.${t.value}@${sinces[t.value]}` : `${n}.${t.value}`)
    }
    return out.sort()
  }

  function describeObject(type) {
    const name = nameOfType(type)
    if (objects[name]) return
    const entry = { methods: {}, props: {} }
    objects[name] = entry // before recursing: objects refer to each other
    for (const p of checker.getPropertiesOfType(type)) {
      const pname = p.getName()
      const decl = p.valueDeclaration ?? p.declarations?.[0]
      const pt = checker.getTypeOfSymbol(p)
      if (decl && (ts.isMethodSignature(decl) || ts.isMethodDeclaration(decl))) {
        entry.methods[pname] = formOf(pname, checker.getSignaturesOfType(pt, ts.SignatureKind.Call), name)
      } else if (!isOptional(p)) {
        entry.props[pname] = neutral(pt, 1, name)
      }
    }
  }

  const apis = {}
  const schema = {}
  const optionTypes = {}
  const since = {}
  for (const member of checker.getPropertiesOfType(wxType)) {
    const name = member.getName()
    const decl = member.valueDeclaration ?? member.declarations?.[0]
    const type = checker.getTypeOfSymbol(member)
    void docOf
    if (!decl || !(ts.isMethodSignature(decl) || ts.isMethodDeclaration(decl))) {
      apis[name] = { form: 'property', value: neutral(type, 0, undefined) }
      continue
    }
    const sigs = checker.getSignaturesOfType(type, ts.SignatureKind.Call)
    // The base library: the "需要基础库" line of the first overload's doc comment (1.0.0 when it has none).
    since[name] = sinceOf(rawDocOf(member.declarations[0])) ?? '1.0.0'
    const form = formOf(name, sigs, undefined)
    apis[name] = form
    const sig = sigs[sigs.length - 1]
    const fields = {}
    const paramTypes = sig.getParameters().map((p) => nonNullable(checker.getTypeOfSymbol(p)))
    // `object`: the option object (async), or the first object parameter of a sync API (createInnerAudioContext(options)).
    const objectType = form.form === 'async' ? optionTypeOf(sig) : paramTypes.find((t) => t.flags & ts.TypeFlags.Object && !callable(t) && !checker.isArrayType(t))
    const object = objectType && fieldsOf(objectType, true)
    const success = form.form === 'async' ? fieldsOf(successTypeOf(optionTypeOf(sig)), false)?.filter((f) => f !== 'errMsg') : undefined
    const ret = form.form === 'sync' ? fieldsOf(checker.getReturnTypeOfSignature(sig), false) : undefined
    // `callback`: what an on-listener receives (onKeyboardHeightChange.callback.height).
    const listener = form.form === 'on' && paramTypes[0] && checker.getSignaturesOfType(paramTypes[0], ts.SignatureKind.Call)[0]
    const cbParam = listener && listener.getParameters()[0]
    const callback = cbParam && fieldsOf(checker.getTypeOfSymbol(cbParam), false)
    if (object?.length) fields.object = object
    if (success?.length) fields.success = success
    if (ret?.length) fields.return = ret
    if (callback?.length) fields.callback = callback
    if (Object.keys(fields).length) schema[name] = fields
    // The option object's field types: async APIs, and sync APIs / factories whose first parameter is an options object.
    const firstIsOptions = paramTypes[0] && paramTypes[0].flags & ts.TypeFlags.Object && !callable(paramTypes[0]) && !checker.isArrayType(paramTypes[0])
    const typed = form.form === 'async' ? optionTypesOfObject(optionTypeOf(sig)) : firstIsOptions ? optionTypesOfObject(paramTypes[0]) : undefined
    if (form.form === 'async' || firstIsOptions) optionTypes[name] = typed ?? {}
  }
  const sorted = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]))
  const version = require('miniprogram-api-typings/package.json').version
  return { version, apis: sorted(apis), objects: sorted(objects), schema: sorted(schema), optionTypes: sorted(optionTypes), since: Object.fromEntries(Object.keys(since).sort((a, b) => a.localeCompare(b, 'en')).map((k) => [k, since[k]])) }
}

/** The generated module's text. */
export function renderSurface(model) {
  const lit = (v) => JSON.stringify(v, (_k, x) => (x === undefined ? '__undefined__' : x)).replaceAll('"__undefined__"', 'undefined')
  const lines = [
    '// GENERATED by scripts/generate-surface.mjs from miniprogram-api-typings ' + model.version + ' (types/wx/lib.wx.api.d.ts, interface Wx).',
    '// Do not edit: run `npm run generate:surface`. test/conformance/surface/surface-table.test.ts fails when it drifts.',
    "import type { ObjectEntry, SchemaFields, SurfaceEntry } from './surface-types.ts'",
    '',
    `export const TYPINGS_VERSION = '${model.version}'`,
    '',
    '/** Every member of `WechatMiniprogram.Wx`: how it is called and the neutral value of its typed result. */',
    'export const SURFACE: Readonly<Record<string, SurfaceEntry>> = {',
    ...Object.entries(model.apis).map(([k, v]) => `  ${k}: ${lit(v)},`),
    '}',
    '',
    '/** The interfaces API calls return (tasks, contexts, managers): their methods and required properties. */',
    'export const OBJECTS: Readonly<Record<string, ObjectEntry>> = {',
    ...Object.entries(model.objects).map(([k, v]) => `  ${k}: ${lit(v)},`),
    '}',
    '',
    "/** `wx.canIUse('api.object.field')` / `api.success.field` / `api.return.field`: fields, `field@since`, `field.value@since`. */",
    'export const SCHEMA_FIELDS: Readonly<Record<string, SchemaFields>> = {',
    ...Object.entries(model.schema).map(([k, v]) => `  ${k}: ${lit(v)},`),
    '}',
    '',
  ]
  return lines.join('\n')
}

/** src/runtime/versions/api-since.ts: the base library of every method of wx. */
export function renderApiSince(model) {
  return [
    '/**',
    ' * The base library each `wx.<api>` needs, as the official typings\' doc comments say ("需要基础库： `x`";',
    ` * miniprogram-api-typings ${model.version}, types/wx/lib.wx.api.d.ts, research.md §0 [T]). An API without that`,
    ' * line has been there since 1.0.0. GENERATED with the surface table by scripts/generate-surface.mjs',
    ' * (`npm run generate:surface`); test/conformance/versions/api-versions.test.ts fails when it drifts.',
    ' *',
    ' * On a base library older than an API\'s entry the function is missing from `wx` and',
    " * `wx.canIUse('<api>')` is false, as on the client.",
    ' */',
    'export const API_SINCE: Readonly<Record<string, string>> = {',
    ...Object.entries(model.since).map(([k, v]) => `  ${k}: '${v}',`),
    '}',
    '',
  ].join('\n')
}

/** src/runtime/facade/option-types.generated.ts: every option's type names, per API, from the typings. */
export function renderOptionTypes(model) {
  return [
    '// GENERATED by scripts/generate-surface.mjs from miniprogram-api-typings ' + model.version + ' (types/wx/lib.wx.api.d.ts, interface Wx).',
    '// Do not edit: run `npm run generate:surface`. test/conformance/facade/option-types.test.ts fails when it drifts.',
    '',
    '/**',
    ' * The options object of every API that takes one (async APIs; sync APIs and factories whose first parameter is one):',
    ' * each field\'s type names as the client names them (params.ts `typeName`), from its type in the typings.',
    ' * Fields typed `any` are left out. The facade checks a given value against these (`parameter error …`).',
    ' */',
    'export const OPTION_TYPES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {',
    ...Object.entries(model.optionTypes).map(([k, v]) => `  ${k}: ${JSON.stringify(v)},`),
    '}',
    '',
  ].join('\n')
}
