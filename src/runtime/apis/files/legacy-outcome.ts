// The legacy wx.* file APIs answer with the FileSystemManager's reasons under their own name, without the newer
// errCode (their doc pages list errMsg only; M).
import { failure, type Outcome } from '../../errors/wx-error.ts'

export const legacy = <T extends object>(o: Outcome<T>): Outcome<T> => (o.ok ? o : failure(o.reason))
