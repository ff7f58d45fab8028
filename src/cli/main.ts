// `fake-wx <command> [options]`: dispatches to src/cli/<command>.ts through the COMMANDS table.
import { COMMANDS, EXIT, EXIT_CODES_HELP } from './commands.ts'
import { err, out } from './io.ts'

const EXAMPLES = `Examples:
  npx fake-wx replay bug.fakewx.json --app miniprogram   replay a bug bundle on your app; exit 1 and the first divergence if it differs
  npx fake-wx replay bug.fakewx.json --strict --json     fail on any prompt or request the recording lacks; machine-readable result
  npx fake-wx view bug.fakewx.json                       write bug.fakewx.html, the timeline as a page (a trace JSON works too)
  npx fake-wx explore flows/find-store.mjs               every answer the user could give: the paths, dead ends and loops
  npx fake-wx matrix flows/find-store.mjs --json         the flow under every preset × platform × scripted user`

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    out(await help())
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!load) {
    err(`fake-wx: unknown command ${JSON.stringify(name)}. Commands: ${Object.keys(COMMANDS).join(', ')} (fake-wx --help).`)
    return EXIT.usage
  }
  return (await load()).run(rest)
}

async function help(): Promise<string> {
  const names = Object.keys(COMMANDS)
  const width = Math.max(...names.map((n) => n.length)) + 2
  const rows = await Promise.all(names.map(async (n) => `  ${n.padEnd(width)}${(await COMMANDS[n]!()).summary}`))
  return [
    'fake-wx: replay, explore and view WeChat mini program permission bugs recorded with fake-wx.',
    '',
    'Usage: fake-wx <command> [options]     (fake-wx <command> --help for its options)',
    '',
    'Commands:',
    ...rows,
    '',
    EXAMPLES,
    '',
    EXIT_CODES_HELP,
  ].join('\n')
}
