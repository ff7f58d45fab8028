import { downloadFile } from './downloadFile.ts'
import { request } from './request.ts'
import { uploadFile } from './uploadFile.ts'

export const NETWORK_APIS = [request, uploadFile, downloadFile] as const
