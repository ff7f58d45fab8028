import type { RequestHandler } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

/**
 * Fail on a request no handler answers. msw 2 calls the option onUnhandledRequest, msw 3 onUnhandledFrame;
 * each ignores the other's.
 */
export const STRICT = { onUnhandledRequest: 'error', onUnhandledFrame: 'error' } as unknown as Parameters<ReturnType<typeof setupServer>['listen']>[0]

/** An msw server for this file: listening for its tests, handlers reset after each, closed at the end. */
export function useServer(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers)
  beforeAll(() => server.listen(STRICT))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

/** Calls a callback-style wx API and resolves with what success or fail received. */
export function settleCall<R>(start: (cbs: { success: (r: R) => void; fail: (e: unknown) => void }) => unknown): Promise<{ ok: true; res: R } | { ok: false; err: { errMsg: string; errno?: number } }> {
  return new Promise((resolve) => {
    start({ success: (res) => resolve({ ok: true, res }), fail: (err) => resolve({ ok: false, err: err as { errMsg: string; errno?: number } }) })
  })
}
