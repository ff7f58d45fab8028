import { parseWxml, wxmlCompileError, type AstElement, type AstNode, type Pos } from './parse.ts'
import { joinPath } from './wxs.ts'

/**
 * One WXML file ready to render: its nodes, its own `<template name>`s, its `<import>`s and `<wxs>` modules
 * (framework/view/wxml/template.html, import.html, H).
 */
export interface CompiledFile {
  readonly file: string
  readonly source: string
  /** The nodes to render: `<template name>`, `<import>` and `<wxs>` removed. */
  readonly nodes: readonly AstNode[]
  readonly templates: ReadonlyMap<string, AstElement>
  /** App-relative paths of `<import src>`, in order. */
  readonly imports: readonly { readonly path: string; readonly pos: Pos }[]
  readonly wxs: readonly WxsDeclaration[]
}

export interface WxsDeclaration {
  readonly module: string
  /** App-relative .wxs path, or undefined for an inline module. */
  readonly src?: string
  readonly inline?: string
  readonly pos: Pos
}

export function compileWxml(file: string, source: string): CompiledFile {
  const parsed = parseWxml(source, file)
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : ''
  const templates = new Map<string, AstElement>()
  const imports: { path: string; pos: Pos }[] = []
  const wxs: WxsDeclaration[] = []
  const fail = (pos: Pos, message: string) => wxmlCompileError(file, pos, message, source)
  const attr = (el: AstElement, name: string) => {
    const a = el.attrs.find((x) => x.name === name)
    return a && typeof a.value === 'string' ? a.value : undefined
  }
  // <template name> / <wxs> are collected wherever they are; import at the top level as the docs show.
  const strip = (nodes: readonly AstNode[]): AstNode[] =>
    nodes.flatMap((node): AstNode[] => {
      if (node.kind !== 'element') return [node]
      if (node.tag === 'template' && attr(node, 'name') !== undefined) {
        templates.set(attr(node, 'name')!, node)
        return []
      }
      if (node.tag === 'import') {
        const src = attr(node, 'src')
        if (!src) throw fail(node.pos, 'Bad attr `src` of <import>: a path is needed.')
        imports.push({ path: withExtension(joinPath(dir, src), '.wxml'), pos: node.pos })
        return []
      }
      if (node.tag === 'wxs') {
        const module = attr(node, 'module')
        if (!module) throw fail(node.pos, '<wxs> needs a `module` attribute.')
        if (!/^[A-Za-z_$][\w$]*$/.test(module)) throw fail(node.pos, `Bad attr \`module\` of <wxs>: "${module}" is not a valid name.`)
        const src = attr(node, 'src')
        const text = node.children.map((c) => (c.kind === 'text' ? c.text : '')).join('')
        if (wxs.some((w) => w.module === module)) throw fail(node.pos, `duplicate wxs module "${module}".`)
        wxs.push(src ? { module, src: withExtension(joinPath(dir, src), '.wxs'), pos: node.pos } : { module, inline: text, pos: node.pos })
        return []
      }
      return [{ ...node, children: strip(node.children) }]
    })
  const nodes = strip(parsed)
  return { file, source, nodes, templates, imports, wxs }
}

function withExtension(path: string, ext: string): string {
  return path.endsWith(ext) ? path : `${path}${ext}`
}
