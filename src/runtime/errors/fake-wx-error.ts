/**
 * Thrown when a *test* misuses fake-wx (an unanswered prompt, a bad scenario, a double install).
 * WeChat's own failures are never thrown: they are `{ errMsg, errno }` values (see wx-error.ts).
 * Message grammar: "[fake-wx] <what went wrong>. <how to fix it, with the exact call>".
 */
export class FakeWxError extends Error {
  override name = 'FakeWxError'
  constructor(what: string, fix?: string) {
    super(`[fake-wx] ${what}${fix ? `\n${fix}` : ''}`)
  }
}

export class UnansweredPromptError extends FakeWxError {
  override name = 'UnansweredPromptError'
}
