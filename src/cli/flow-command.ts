import type { ParseArgsConfig } from 'node:util'
import type { CliIo } from './cli-io.ts'
import { EXIT } from './commands.ts'
import { parse, UsageError } from './io.ts'

type Options = NonNullable<ParseArgsConfig['options']>

/** The usage error of a command that runs a flow file (explore, matrix): its message, then the usage unless told. */
export function usageFailure(io: CliIo, command: string, usage: string, message: string, withUsage = true): number {
  io.stderr.write(`fake-wx ${command}: ${message}\n${withUsage ? `\n${usage}\n` : ''}`)
  return EXIT.usage
}

/**
 * The arguments of `fake-wx explore|matrix FLOW [options]`: the parsed options and the one flow file, or the exit
 * code when they are wrong (the message written) or `--help` was asked (the usage written).
 */
export function flowCommandArgs<T extends Options>(argv: string[], options: T, command: string, usage: string, io: CliIo): { file: string; values: ReturnType<typeof parse<T & { help: { type: 'boolean'; short: 'h' } }>>['values'] } | number {
  let args
  try {
    args = parse(argv, { ...options, help: { type: 'boolean', short: 'h' } } as T & { help: { type: 'boolean'; short: 'h' } }, command)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    return usageFailure(io, command, usage, error.message, false)
  }
  if ((args.values as { help?: boolean }).help) return io.stdout.write(`${usage}\n`), EXIT.ok
  const [file, ...extra] = args.positionals
  if (!file || extra.length > 0) return usageFailure(io, command, usage, file ? `one flow file, got ${args.positionals.length}` : 'a flow file is needed')
  return { file, values: args.values }
}
