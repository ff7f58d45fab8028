// The promisified helper most mini programs carry.
function call(api, options) {
  return new Promise((resolve, reject) => wx[api]({ ...options, success: resolve, fail: reject }))
}
module.exports = { call }
