/** Compares two base library versions: negative when a < b. */
export function compareVersion(a: string, b: string): number {
  const pa = parseVersion(a)
  const pb = parseVersion(b)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

const parsedVersions = new Map<string, readonly number[]>()
function parseVersion(v: string): readonly number[] {
  let parts = parsedVersions.get(v)
  if (!parts) parsedVersions.set(v, (parts = v.split('.').map(Number)))
  return parts
}
