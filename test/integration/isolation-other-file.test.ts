import { test as plainTest } from 'vitest'
import { expect, test } from '../../src/vitest.ts'

// Runs as its own file: whatever isolation.test.ts left (storage, the global wx, call ids) is not here.
const atLoad = 'wx' in globalThis

plainTest('no global wx when the file starts', () => {
  expect(atLoad).toBe(false)
})

test('a fresh runtime: empty storage, first-time user, call ids from 1', async ({ rt, wx }) => {
  expect(wx.getStorageSync('k')).toBe('')
  expect(wx.getStorageSync('left')).toBe('')
  expect(rt.auth.get('scope.userLocation')).toBe('undetermined')
  expect(rt.trace.find((e) => e.type === 'call')).toMatchObject({ id: 1 })
})
