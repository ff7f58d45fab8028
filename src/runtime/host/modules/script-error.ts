import { FakeWxError } from '../../errors/fake-wx-error.ts'

/**
 * An app file (a page file, app.js) threw while it ran: the page never registered. rt.open rejects with this,
 * showing the app's own error and the file; `cause` is the app's error as thrown.
 */
export class PageScriptError extends FakeWxError {
  override name = 'PageScriptError'
  readonly file: string

  constructor(file: string, error: unknown) {
    super(
      `${file} threw while it loaded: ${describe(error)}`,
      'The client reports this as a script error (thirdScriptError, App.onError) and the page never registers: fix the file, or replace a module it requires with rt.mockModule(path, exports).',
    )
    this.file = file
    this.cause = error
  }
}

/** App.onError's string: `<message>;at <where>`, then the stack (ifanrx/hydrogen-js-sdk#3, M). */
export function scriptErrorText(error: unknown, at: string): string {
  const message = error instanceof Error ? error.message : String(error)
  const stack = error instanceof Error && error.stack ? error.stack : String(error)
  return `${message};at ${at}\n${stack}`
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}
