import { useI18n } from 'vue-i18n'
import { formatMoney } from '../../shared/ui/money'
import { formatDateTime } from './format'

/** Money and dates in the current language. */
export function useFormat() {
  const { locale } = useI18n()
  return {
    money: (minor: number | null | undefined, currency: string) => (minor == null ? '' : formatMoney(minor, currency, locale.value)),
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale.value),
  }
}
