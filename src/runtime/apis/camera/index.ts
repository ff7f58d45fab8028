import { createCameraContext } from './createCameraContext.ts'
import { createVKSession } from './createVKSession.ts'

/** scope.camera: the <camera> component (components/mount-component.ts), its CameraContext, and VisionKit. */
export const CAMERA_APIS = [createCameraContext, createVKSession] as const
