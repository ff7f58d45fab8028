// utils/stores.js: the store list and the distance to each (haversine, kilometres).
const STORES = [
  { id: 'nanshan', name: '南山科技园店', latitude: 22.5431, longitude: 113.9397 },
  { id: 'futian', name: '福田中心店', latitude: 22.5410, longitude: 114.0579 },
  { id: 'luohu', name: '罗湖东门店', latitude: 22.5480, longitude: 114.1240 },
]

function distanceKm(a, b) {
  const rad = (d) => (d * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLng = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

function storesNear(position) {
  return STORES.map((store) => ({ ...store, km: Math.round(distanceKm(position, store) * 10) / 10 })).sort((a, b) => a.km - b.km)
}

module.exports = { STORES, storesNear }
