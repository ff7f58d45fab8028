import { closeBluetoothAdapter } from './closeBluetoothAdapter.ts'
import { createBLEPeripheralServer } from './createBLEPeripheralServer.ts'
import { getBluetoothAdapterState } from './getBluetoothAdapterState.ts'
import { offBluetoothAdapterStateChange, onBluetoothAdapterStateChange } from './onBluetoothAdapterStateChange.ts'
import { openBluetoothAdapter } from './openBluetoothAdapter.ts'

/** scope.bluetooth: the adapter (and the phone's switch, rt.device.bluetooth) and the peripheral server. */
export const BLUETOOTH_APIS = [
  openBluetoothAdapter,
  getBluetoothAdapterState,
  onBluetoothAdapterStateChange,
  offBluetoothAdapterStateChange,
  closeBluetoothAdapter,
  createBLEPeripheralServer,
] as const
