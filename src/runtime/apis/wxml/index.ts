import { createSelectorQuery } from './createSelectorQuery.ts'

export const WXML_APIS = [createSelectorQuery] as const
