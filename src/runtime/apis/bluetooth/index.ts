import { closeBluetoothAdapter } from './closeBluetoothAdapter.ts'
import { createBLEPeripheralServer } from './createBLEPeripheralServer.ts'
import { getBluetoothAdapterState } from './getBluetoothAdapterState.ts'
import { offBluetoothAdapterStateChange, onBluetoothAdapterStateChange } from './onBluetoothAdapterStateChange.ts'
import { openBluetoothAdapter } from './openBluetoothAdapter.ts'
import { closeBLEConnection } from './closeBLEConnection.ts'
import { createBLEConnection } from './createBLEConnection.ts'
import { getBLEDeviceCharacteristics } from './getBLEDeviceCharacteristics.ts'
import { getBLEDeviceRSSI } from './getBLEDeviceRSSI.ts'
import { getBLEDeviceServices } from './getBLEDeviceServices.ts'
import { getBLEMTU } from './getBLEMTU.ts'
import { getBluetoothDevices } from './getBluetoothDevices.ts'
import { getConnectedBluetoothDevices } from './getConnectedBluetoothDevices.ts'
import { notifyBLECharacteristicValueChange } from './notifyBLECharacteristicValueChange.ts'
import { offBLECharacteristicValueChange, onBLECharacteristicValueChange } from './onBLECharacteristicValueChange.ts'
import { offBLEConnectionStateChange, onBLEConnectionStateChange } from './onBLEConnectionStateChange.ts'
import { offBLEPeripheralConnectionStateChanged, onBLEPeripheralConnectionStateChanged } from './onBLEPeripheralConnectionStateChanged.ts'
import { offBluetoothDeviceFound, onBluetoothDeviceFound } from './onBluetoothDeviceFound.ts'
import { readBLECharacteristicValue } from './readBLECharacteristicValue.ts'
import { setBLEMTU } from './setBLEMTU.ts'
import { startBluetoothDevicesDiscovery } from './startBluetoothDevicesDiscovery.ts'
import { stopBluetoothDevicesDiscovery } from './stopBluetoothDevicesDiscovery.ts'
import { writeBLECharacteristicValue } from './writeBLECharacteristicValue.ts'

/**
 * scope.bluetooth: the adapter (and the phone's switch, rt.device.bluetooth), the peripheral server, and the
 * central role over the peripherals a test puts near the phone (rt.device.bluetooth.addPeripheral).
 */
export const BLUETOOTH_APIS = [
  openBluetoothAdapter,
  getBluetoothAdapterState,
  onBluetoothAdapterStateChange,
  offBluetoothAdapterStateChange,
  closeBluetoothAdapter,
  createBLEPeripheralServer,
  onBLEPeripheralConnectionStateChanged,
  offBLEPeripheralConnectionStateChanged,
  startBluetoothDevicesDiscovery,
  stopBluetoothDevicesDiscovery,
  onBluetoothDeviceFound,
  offBluetoothDeviceFound,
  getBluetoothDevices,
  getConnectedBluetoothDevices,
  createBLEConnection,
  closeBLEConnection,
  onBLEConnectionStateChange,
  offBLEConnectionStateChange,
  getBLEDeviceServices,
  getBLEDeviceCharacteristics,
  readBLECharacteristicValue,
  writeBLECharacteristicValue,
  notifyBLECharacteristicValueChange,
  onBLECharacteristicValueChange,
  offBLECharacteristicValueChange,
  setBLEMTU,
  getBLEMTU,
  getBLEDeviceRSSI,
] as const
