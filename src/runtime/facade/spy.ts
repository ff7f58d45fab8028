import { spy } from 'tinyspy'

/**
 * Every `wx` method is a tinyspy spy (`calls`, `results`, `willCall`, `reset`), usable from any runner.
 * A bare tinyspy spy claims to be a vitest mock (`_isMockFunction`) but lacks `getMockName` and `mock`,
 * so `expect(wx.getLocation).toHaveBeenCalled()` would throw; we add the two members vitest's matchers
 * read, computed from tinyspy's own state (DEVELOPERS.md, "two traps").
 */
export type WxSpy<F extends (...args: never[]) => unknown> = F & {
  readonly calls: Parameters<F>[]
  readonly callCount: number
  readonly called: boolean
  /** Replaces the behaviour until `reset`/`restore`. */
  willCall(impl: F): unknown
  getMockName(): string
}

let invocationOrder = 0

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tinyspy's own signature
export function wxSpy<F extends (...args: any[]) => any>(name: string, impl: F): WxSpy<F> {
  const order: number[] = []
  const fn = spy((...args: Parameters<F>) => {
    order.push(++invocationOrder)
    return impl(...args)
  }) as unknown as WxSpy<F> & { results: [string, unknown][]; resolves: [string, unknown][] }
  Object.defineProperties(fn, {
    name: { value: name },
    getMockName: { value: () => `wx.${name}` },
    mock: {
      get: () => ({
        calls: fn.calls,
        results: fn.results.map(([type, value]) => ({ type: type === 'ok' ? 'return' : 'throw', value })),
        settledResults: fn.resolves.map(([type, value]) => ({ type: type === 'ok' ? 'fulfilled' : 'rejected', value })),
        // After tinyspy's reset() only the newest calls remain: keep their order numbers.
        invocationCallOrder: order.slice(order.length - fn.calls.length),
        instances: [],
        contexts: fn.calls.map(() => undefined),
        lastCall: fn.calls.at(-1),
      }),
    },
  })
  return fn
}
