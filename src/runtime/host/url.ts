/**
 * A navigation url: 'pages/detail/index?id=1', '/pages/detail/index', or '../detail/index' relative to
 * the current page's folder (a url without a leading '/' is relative: "navigateTo:fail page
 * \"pages/page02/pages/page03/page03\" is not found" for 'pages/page03/page03' from pages/page02/page02,
 * cnblogs.com/tabCtrlShift/p/9221038.html, H). Query values reach onLoad as written, not decoded.
 */
export interface Target {
  readonly route: string
  readonly query: Record<string, string>
  /** How the client names the page in errMsg: resolved route plus the query as written. */
  readonly display: string
}

export function resolveUrl(url: string, currentRoute: string | undefined): Target {
  const q = url.indexOf('?')
  const path = q >= 0 ? url.slice(0, q) : url
  const search = q >= 0 ? url.slice(q + 1) : ''
  const base = path.startsWith('/') || !currentRoute ? [] : currentRoute.split('/').slice(0, -1)
  const parts: string[] = [...base]
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  const route = parts.join('/')
  return { route, query: parseQuery(search), display: search ? `${route}?${search}` : route }
}

export function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {}
  for (const pair of search.split('&')) {
    if (!pair) continue
    const eq = pair.indexOf('=')
    if (eq < 0) query[pair] = ''
    else query[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  return query
}
