#!/usr/bin/env node
// Writes src/runtime/surface/surface.generated.ts from miniprogram-api-typings (interface Wx): `npm run generate:surface`.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildSurface, renderApiSince, renderOptionTypes, renderSurface } from './surface-model.mjs'

const out = fileURLToPath(new URL('../src/runtime/surface/surface.generated.ts', import.meta.url))
const model = buildSurface()
writeFileSync(out, renderSurface(model))
writeFileSync(fileURLToPath(new URL('../src/runtime/versions/api-since.ts', import.meta.url)), renderApiSince(model))
writeFileSync(fileURLToPath(new URL('../src/runtime/facade/option-types.generated.ts', import.meta.url)), renderOptionTypes(model))
console.log(`${Object.keys(model.apis).length} members of Wx, ${Object.keys(model.objects).length} object interfaces → ${out}`)
