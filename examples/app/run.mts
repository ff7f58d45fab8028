/**
 * Runs the example app's permission flow once, as a user would: open the home tab, tap "附近门店", tap
 * "找最近的门店", answer what shows up. For the demo and for tests: `await runStoreFlow('denied-once')`.
 */
import { fileURLToPath } from 'node:url'
import { createRuntime, type Platform, type PresetName, type UserAnswers } from '../../src/index.ts'

export const APP_ROOT = fileURLToPath(new URL('.', import.meta.url))

export interface StoreFlowOutcome {
  /** The store page's status at the end: located | declined | denied | error … */
  status: string
  /** The nearest store's name when located. */
  nearest?: string
  error?: string
  /** The prompts the user saw, in order: 'authorize', 'modal', 'settings'. */
  prompts: string[]
  /** scope.userLocation at the end. */
  scope: string
  /** The store page's lifecycle and events, one line each. */
  timeline: string
}

/** A user who allows, confirms the modal and turns location on in the settings page. */
export const COOPERATIVE_USER: UserAnswers = { authorize: 'allow', modal: 'confirm', settings: { 'scope.userLocation': true } }

export async function runStoreFlow(
  preset: PresetName,
  options: { user?: UserAnswers; platform?: Platform } = {},
): Promise<StoreFlowOutcome> {
  const rt = createRuntime({
    app: { root: APP_ROOT },
    scenario: preset,
    scopes: ['scope.userLocation'],
    user: options.user ?? COOPERATIVE_USER,
    ...(options.platform ? { platform: options.platform } : {}),
  })
  rt.install()
  try {
    const home = await rt.open('pages/index/index')
    await home.getByText('附近门店')!.tap()
    const store = rt.currentPage()!
    await store.getByText('找最近的门店')!.tap()
    const data = store.data as { status: string; nearest: { name: string } | null; error: string }
    return {
      status: data.status,
      ...(data.nearest ? { nearest: data.nearest.name } : {}),
      ...(data.error ? { error: data.error } : {}),
      prompts: rt.prompts.map((p) => p.kind),
      scope: rt.auth.get('scope.userLocation'),
      timeline: rt.timeline(),
    }
  } finally {
    rt.uninstall()
  }
}
