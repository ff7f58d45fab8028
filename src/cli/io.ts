// What every sub-command shares: parsing with node:util parseArgs, reading a JSON file, printing, progress.
import { readFileSync } from 'node:fs'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { FakeWxError } from '../runtime/errors/fake-wx-error.ts'

export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

export function err(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
}

/** Progress lines for a person watching: on a TTY only, so scripts and CI logs stay quiet. */
export function progress(text: string): void {
  if (process.stderr.isTTY) err(text)
}

/** A usage mistake: printed with the command's name and a pointer to its --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

type Parsed<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, command: string): Parsed<T> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '.')} (fake-wx ${command} --help lists the options)`)
  }
}

/** Reads and parses a JSON file; a missing file or bad JSON is a UsageError naming the file. */
export function readJson(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(code === 'ENOENT' ? `cannot read ${file}: no such file` : code === 'EISDIR' ? `${file} is a directory, expected a JSON file` : `cannot read ${file}: ${(error as Error).message}`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`)
  }
}

/** Runs a command body: a UsageError or a FakeWxError (bad bundle, bad app folder) is exit 2 with its message. */
export async function guarded(command: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (error) {
    if (error instanceof UsageError || error instanceof FakeWxError) {
      err(`fake-wx ${command}: ${error.message.replace(/^\[fake-wx\] /, '')}`)
      return 2
    }
    throw error
  }
}
