// The 头像昵称填写 page as the official guide writes it (framework/open-ability/userProfile.html).
const defaultAvatarUrl = 'https://mmbiz.qpic.cn/mmbiz/icTdbqWNOwNRna42FI242Lcia07jQodd2FJGIYQfG0LAJGFxM4FbnQP6yfMxBgJ0F3YRqJCJ1aPAK2dQagdusBZg/0'

Page({
  data: { avatarUrl: defaultAvatarUrl, nickName: '', reviews: [], blurs: [], userInfo: {} },
  onChooseAvatar(e) {
    const { avatarUrl } = e.detail
    this.setData({ avatarUrl })
  },
  onNickBlur(e) {
    this.setData({ blurs: [...this.data.blurs, e.detail.value] })
  },
  onNickReview(e) {
    this.setData({ reviews: [...this.data.reviews, e.detail] })
  },
  onGetUserInfo(e) {
    this.setData({ userInfo: e.detail.userInfo || {}, userInfoErrMsg: e.detail.errMsg, hasSignature: typeof e.detail.signature === 'string' })
  },
  upload() {
    return new Promise((resolve, reject) => {
      wx.getFileInfo({ filePath: this.data.avatarUrl, success: resolve, fail: reject })
    })
  },
})
