/**
 * app.json `requiredPrivateInfos` (since 2022-07-14, [LOC-2022]; research.md §7.2, H): the 8 location APIs
 * a mini program must declare before use. 1 = fuzzy location; 2–5 = precise location; the three pickers
 * may go with either.
 */
export const REQUIRED_PRIVATE_INFOS = [
  'getFuzzyLocation',
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
] as const
export type RequiredPrivateInfo = (typeof REQUIRED_PRIVATE_INFOS)[number]
