// Writes schema/fake-wx-bundle.schema.json from src/repro/bundle-schema.ts (npm run generate:bundle-schema).
import { writeFileSync } from 'node:fs'
import { BUNDLE_SCHEMA } from '../src/repro/bundle-schema.ts'

writeFileSync(new URL('../schema/fake-wx-bundle.schema.json', import.meta.url), `${JSON.stringify(BUNDLE_SCHEMA, null, 2)}\n`)
