#!/usr/bin/env node
// The `fake-wx` command (package.json "bin"): `fake-wx <command> …`, commands in commands.ts, each in src/cli/<name>.ts.
import { main } from './main.ts'

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`fake-wx: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 3
  },
)
