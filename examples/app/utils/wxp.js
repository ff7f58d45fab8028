// utils/wxp.js: wx calls as Promises, the way many apps wrap them (success → resolve, fail → reject).
// wx is looked up at call time, so the wrapper works whichever wx the page runs with.
const promisify = (name) => (options = {}) =>
  new Promise((resolve, reject) => wx[name]({ ...options, success: resolve, fail: reject }))

module.exports = {
  downloadFile: promisify('downloadFile'),
  saveImageToPhotosAlbum: promisify('saveImageToPhotosAlbum'),
}
