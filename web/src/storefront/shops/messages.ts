/** The storefront's words for opening a shop and joining one, under storefront.shops. */
const en = {
  applyTitle: 'Open a shop',
  applyIntro: 'Sell on Bazaar: tell us about your business. Once an admin approves, the contact gets an invitation code to set up the shop.',
  businessName: 'Business name',
  contactName: 'Your name',
  contact: 'Email or phone of the contact',
  contactHint: 'The invitation code goes there. A phone number in international form, e.g. +8613800138000.',
  message: 'What do you sell? (optional)',
  applySubmit: 'Send application',
  applied: 'Thank you. Your application is in; you will hear from us at {contact}.',
  openShopLink: 'Open a shop on Bazaar',
  inviteTitle: 'Join a shop',
  inviteIntro: 'Enter the invitation code you received, with the login it was sent to. If you have a Bazaar account with that login, give its password; otherwise choose a password for your new account.',
  login: 'Email or phone the invitation was sent to',
  code: 'Invitation code',
  codeHint: 'Ten letters and digits, e.g. ABCDE-23456.',
  password: 'Password',
  passwordHint: 'Your account’s password, or a new one of at least 8 characters.',
  displayName: 'Your name (for a new account)',
  inviteSubmit: 'Join the shop',
  joined: 'You joined {shop}. Open the merchant console to start.',
  openConsole: 'Open the merchant console',
}

type Messages = typeof en

const zh: Messages = {
  applyTitle: '开设店铺',
  applyIntro: '在 Bazaar 开店：请介绍您的商家。管理员批准后，联系人会收到用于开通店铺的邀请码。',
  businessName: '商家名称',
  contactName: '您的姓名',
  contact: '联系人的邮箱或手机号',
  contactHint: '邀请码将发送到这里。手机号请使用国际格式，例如 +8613800138000。',
  message: '您销售什么？（选填）',
  applySubmit: '提交申请',
  applied: '谢谢！申请已收到，我们会通过 {contact} 联系您。',
  openShopLink: '在 Bazaar 开店',
  inviteTitle: '加入店铺',
  inviteIntro: '请输入收到的邀请码以及接收邀请的登录名。如果您已有使用该登录名的 Bazaar 账户，请输入其密码；否则请为新账户设置密码。',
  login: '接收邀请的邮箱或手机号',
  code: '邀请码',
  codeHint: '十位字母和数字，例如 ABCDE-23456。',
  password: '密码',
  passwordHint: '您账户的密码，或至少 8 个字符的新密码。',
  displayName: '您的姓名（新账户）',
  inviteSubmit: '加入店铺',
  joined: '您已加入 {shop}。打开商家后台开始工作。',
  openConsole: '打开商家后台',
}

const problemsEn = {
  invitation_invalid: 'There is no invitation with this code for this login. Check both.',
  invitation_used: 'This invitation was already accepted; an invitation works once.',
  invitation_revoked: 'This invitation was revoked. Ask the shop for a new one.',
  invitation_expired: 'This invitation has expired. Ask the shop for a new one.',
  invitation_throttled: 'Too many tries. Wait a few minutes and try again.',
  staff_elsewhere: 'This account already works for another shop.',
  already_staff: 'This account is already on the shop’s staff.',
  applications_throttled: 'Too many applications from here. Try again later.',
}

const problemsZh: typeof problemsEn = {
  invitation_invalid: '没有与该登录名匹配的此邀请码，请检查两者。',
  invitation_used: '该邀请已被接受；每个邀请只能使用一次。',
  invitation_revoked: '该邀请已被撤销，请向店铺索取新的邀请。',
  invitation_expired: '该邀请已过期，请向店铺索取新的邀请。',
  invitation_throttled: '尝试次数过多，请几分钟后再试。',
  staff_elsewhere: '该账户已在另一家店铺工作。',
  already_staff: '该账户已是店铺员工。',
  applications_throttled: '来自此处的申请过多，请稍后再试。',
}

export const shopsMessages = { en, zh }
export const shopsProblems = { en: problemsEn, zh: problemsZh }
