import { resolve } from 'node:path'
import { setNetworkSource } from '../runtime/apis/network/exchanges.ts'
import { coreOf, type Runtime, type RuntimeOptions } from '../runtime/create-runtime.ts'
import type { BugBundle } from './bundle.ts'
import { recordedNetwork } from './recorded-network.ts'
import { STEP_RUNNERS } from './step-runners.ts'
import { validateBundle } from './validate-bundle.ts'

/**
 * A bug bundle as a flow for explore and matrix: its options (the recorded answers left out, so they can be
 * varied), and its steps run in order on the recorded network (each path gets the recorded responses anew; a
 * request the recording lacks goes to fetch). "What else could the user have answered, there?"
 * `app`: the app folder (default: the recorded root, from `base`, default the current directory).
 */
export function flowOfBundle(input: BugBundle | string, options: { app?: string; base?: string } = {}): { runtime: RuntimeOptions; run: (rt: Runtime) => Promise<void> } {
  const bundle = validateBundle(input)
  const { app, user: _user, onUnansweredPrompt: _mode, ...recorded } = bundle.options
  const root = options.app !== undefined ? resolve(options.app) : app ? resolve(options.base ?? process.cwd(), app.root) : undefined
  return {
    runtime: { ...(recorded as RuntimeOptions), ...(root !== undefined ? { app: { root } } : {}) },
    async run(rt) {
      setNetworkSource(coreOf(rt), recordedNetwork(bundle.network.entries, false, () => undefined).source)
      for (const step of bundle.steps) await STEP_RUNNERS[step.on](rt, step)
    },
  }
}
