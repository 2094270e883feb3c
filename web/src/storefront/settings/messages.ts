/** The member centre's settings words, under storefront.settings; their problems join storefront.problems. */
const en = {
  menu: 'Notification settings',
  title: 'Notification settings',
  intro: 'Every notice reaches your notifications in Bazaar. Choose what should also come by e-mail.',
  priceDropEmail: 'E-mail me when a favourite gets cheaper',
  messageNotices: 'E-mail me (or text me, if I sign in by phone) when a shop replies to my message',
  sentTo: 'Sent to {email}.',
  toSignInAddress: 'Sent to the e-mail address you sign in with.',
  saved: 'Saved.',
}

const zh: typeof en = {
  menu: '通知设置',
  title: '通知设置',
  intro: '所有通知都会出现在 Bazaar 的消息中。请选择哪些还要通过电子邮件发送。',
  priceDropEmail: '收藏的商品降价时给我发邮件',
  messageNotices: '店铺回复我的消息时给我发邮件（用手机号登录则发短信）',
  sentTo: '发送到 {email}。',
  toSignInAddress: '发送到您登录用的电子邮件地址。',
  saved: '已保存。',
}

const problemsEn = {
  no_email_address: 'Your account has no e-mail address. Add one under Security first.',
}

const problemsZh: typeof problemsEn = {
  no_email_address: '您的账户没有电子邮件地址。请先在“账户安全”中添加。',
}

export const settingsMessages = { en, zh }
export const settingsProblems = { en: problemsEn, zh: problemsZh }
