import { fileURLToPath } from 'node:url'

/** A mini program written for the renderer's tests: pages per topic, templates, wxs modules. */
export const WXML_APP = fileURLToPath(new URL('./app', import.meta.url))
