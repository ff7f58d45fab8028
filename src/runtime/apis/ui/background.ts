/**
 * The window background of each page (what shows behind a pull-down and past the page's ends), as
 * wx.setBackgroundColor / wx.setBackgroundTextStyle change it (api/ui/background/, H). It starts from the page's window
 * config: `backgroundColor` (default #ffffff) and `backgroundTextStyle` (default dark) (app.html window, H).
 */
import { stateOf, type RuntimeCore } from '../../core.ts'
import { hostOf } from '../../host/host.ts'
import type { PageRecord } from '../../host/page-instance.ts'
import { windowOf } from './page-config.ts'

export interface PageBackground {
  backgroundColor: string
  /** iOS only ("仅 iOS 支持"), set by wx.setBackgroundColor. */
  backgroundColorTop?: string
  backgroundColorBottom?: string
  /** 'dark' | 'light': the pull-down text and loading style. */
  textStyle: string
}

interface Backgrounds {
  readonly pages: WeakMap<PageRecord, PageBackground>
  fallback: PageBackground | undefined
}

/** The background of the page on top (or of no page). */
export function currentBackground(core: RuntimeCore): PageBackground {
  const all = stateOf<Backgrounds>(core, 'ui.background', () => ({ pages: new WeakMap(), fallback: undefined }))
  const page = hostOf(core).top
  const initial = (): PageBackground => {
    const w = windowOf(core, page?.route)
    return { backgroundColor: w.backgroundColor, textStyle: w.backgroundTextStyle }
  }
  if (!page) return (all.fallback ??= initial())
  let bg = all.pages.get(page)
  if (!bg) all.pages.set(page, (bg = initial()))
  return bg
}
