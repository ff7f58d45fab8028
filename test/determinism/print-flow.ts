// Run in a child process by determinism.test.ts: prints the flow's record as JSON.
import { recordFlow } from './flow.ts'

const variant = Number(process.argv[2] ?? 0)
recordFlow(variant).then((r) => process.stdout.write(JSON.stringify(r)))
