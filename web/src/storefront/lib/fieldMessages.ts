import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fieldErrorsOf } from './problems'

/**
 * The API writes field messages in English ("is required"). The common ones are said in the shopper's language;
 * anything else is shown as the API wrote it.
 */
const zh: [RegExp, string | ((m: RegExpMatchArray) => string)][] = [
  [/^is required$/, '必填'],
  [/^must be 6 digits$/, '须为 6 位数字'],
  [/^must be a valid email address$/, '请输入有效的电子邮箱地址'],
  [/^must be a valid phone number in E\.164 form/, '请输入 E.164 格式的手机号，例如 +8613800138000'],
  [/^give either an email address or a phone number$/, '请填写电子邮箱或手机号（二选一）'],
  [/^must be a phone number$/, '请输入有效的电话号码'],
  [/^must be an ISO 3166-1 alpha-2 code$/, '请输入两位国家/地区代码，例如 CN'],
  [/^must be at most (\d+) characters$/, (m) => `最多 ${m[1]} 个字符`],
  [/^must be at least (\d+) characters$/, (m) => `至少 ${m[1]} 个字符`],
  [/^must be at least (\d+)/, (m) => `至少为 ${m[1]}`],
  [/^is too common/, '该密码过于常见，出现在已泄露的密码列表中'],
  [/^must not contain your email name or phone number$/, '密码不能包含邮箱用户名或手机号'],
  [/^must be at most (\d+)$/, (m) => `最多为 ${m[1]}`],
  [/^is not a payment method offered here$/, '此处不支持该支付方式'],
  [/^must be (\d+) to (\d+) characters$/, (m) => `须为 ${m[1]} 到 ${m[2]} 个字符`],
  [/^must be (\d+)-(\d+) characters$/, (m) => `须为 ${m[1]} 到 ${m[2]} 个字符`],
  [/^must be a whole number of minor units$/, '请输入有效的金额'],
  [/^must not be more than priceMax$/, '最低价不能高于最高价'],
]

export function translateFieldMessage(message: string, locale: string): string {
  if (!locale.startsWith('zh')) return message
  for (const [pattern, text] of zh) {
    const match = message.match(pattern)
    if (match) return typeof text === 'string' ? text : text(match)
  }
  return message
}

/** The field errors of a failed request, by field, in the current language. */
export function useFieldErrors(error: Ref<unknown>) {
  const { locale } = useI18n()
  return computed(() => {
    const map = fieldErrorsOf(error.value)
    return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, translateFieldMessage(v, locale.value)])) as Record<string, string>
  })
}
