/**
 * The sub-commands of `fake-wx`, one row each: the module `src/cli/<name>.ts` exports `run(argv): Promise<number>`
 * (the exit code) and a one-line `summary`. Loaded only when needed, so `fake-wx view` does not load the explorer.
 */
export interface Command {
  /** One line for `fake-wx --help`. */
  readonly summary: string
  /** Runs with the arguments after the command's name; resolves with the exit code (EXIT). */
  run(argv: string[]): Promise<number>
}

export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  replay: () => import('./replay.ts'),
  explore: () => import('./explore.ts'),
  matrix: () => import('./matrix.ts'),
  view: () => import('./view.ts'),
}

/** Exit codes every command keeps to (documented in `fake-wx --help` and README). */
export const EXIT = {
  /** Done; a replay matched its recording. */
  ok: 0,
  /** The command ran and found what it reports: a replay diverged. */
  found: 1,
  /** Bad arguments, or a file that cannot be read or is not what the command takes. */
  usage: 2,
  /** fake-wx itself failed (a bug: please report it with the stack). */
  internal: 3,
} as const

export const EXIT_CODES_HELP = `Exit codes:
  0  done (replay: the replay matches the recording)
  1  the command found what it looks for (replay: the replay diverges; explore: a dead end or a loop; matrix: a cell's flow threw)
  2  bad arguments, or a file that cannot be read or is not a bundle / trace (the message names the field)
  3  fake-wx itself failed (please report it with the stack)`
