/**
 * The WeChat account signed in on the phone: what the user keeps in WeChat rather than in the mini
 * program. wx.chooseAddress, wx.chooseInvoiceTitle and wx.chooseInvoice show these lists and the user
 * picks one (a prompt of the simulated user); a test edits the lists freely (`rt.device.account.addresses = […]`).
 */

/** A shipping address (收货地址), as wx.chooseAddress returns it. */
export type ShippingAddress = Omit<WechatMiniprogram.ChooseAddressSuccessCallbackResult, 'errMsg'>

/** An invoice title (发票抬头), as wx.chooseInvoiceTitle returns it. */
export type InvoiceTitle = Omit<WechatMiniprogram.ChooseInvoiceTitleSuccessCallbackResult, 'errMsg'>

/** An invoice in the user's card package (微信卡包), as the JSON of wx.chooseInvoice's `invoiceInfo` lists it. */
export interface InvoiceCard {
  card_id: string
  encrypt_code: string
  app_id: string
}

/** The user's real profile: what wx.getUserInfo returned before the 2021 change, and still returns in mini games. */
export type RealUserInfo = Omit<WechatMiniprogram.UserInfo, 'language'>

export class WeChatAccount {
  /**
   * Whether the user's login session (the session_key of the last wx.login) has expired: wx.checkSession then fails
   * and the next wx.login renews it. WeChat does not say when it expires ("用户越久未使用小程序，用户登录态越有可能失效",
   * wx.checkSession doc, H), so a test says so: `rt.device.account.expireSession()`.
   */
  sessionExpired = false

  /** The session_key expires (the user has not used the mini program for a long time, or logged in elsewhere). */
  expireSession(): void {
    this.sessionExpired = true
  }

  /** The DevTools sample address (张三, 新港中路397号, 020-81167888), as apps log it from chooseAddress (M, public code). */
  addresses: ShippingAddress[] = [
    {
      userName: '张三',
      postalCode: '510000',
      provinceName: '广东省',
      cityName: '广州市',
      countyName: '海珠区',
      streetName: '',
      detailInfo: '新港中路397号',
      detailInfoNew: '新港中路397号',
      nationalCode: '510000',
      telNumber: '020-81167888',
    },
  ]

  /** A company title and a personal one (type 0 单位, 1 个人). Fixture values, not real entities. */
  invoiceTitles: InvoiceTitle[] = [
    {
      type: 0,
      title: '示例科技有限公司',
      taxNumber: '91440300000000000X',
      companyAddress: '广东省深圳市南山区示例路1号',
      telephone: '0755-00000000',
      bankName: '示例银行深圳分行',
      bankAccount: '6222000000000000000',
    },
    { type: 1, title: '张三', taxNumber: '', companyAddress: '', telephone: '', bankName: '', bankAccount: '' },
  ]

  /** Invoices in the card package. Fixture values. */
  invoices: InvoiceCard[] = [
    { card_id: 'pFAKEwx0000000000000000invoice1', encrypt_code: 'FAKEencryptcode1', app_id: 'wx0000000000000001' },
    { card_id: 'pFAKEwx0000000000000000invoice2', encrypt_code: 'FAKEencryptcode2', app_id: 'wx0000000000000002' },
  ]

  /** The real profile (mini games, base libraries before the anonymisation). Fixture values. */
  userInfo: RealUserInfo = {
    nickName: '张三',
    avatarUrl: 'https://thirdwx.qlogo.cn/mmopen/vi_32/FAKEfakewxAvatar000000000000000000000000000000000000000000000000000/132',
    gender: 1,
    city: 'Guangzhou',
    province: 'Guangdong',
    country: 'China',
  }
}
