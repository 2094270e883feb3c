/** Words both apps use. Each app adds its own messages under its own top-level key. */
export const sharedMessages = {
  en: {
    common: {
      loading: 'Loading…',
      empty: 'Nothing here yet.',
      retry: 'Try again',
      save: 'Save',
      cancel: 'Cancel',
      close: 'Close',
      language: 'Language',
      signIn: 'Sign in',
      signOut: 'Sign out',
      required: 'Required',
      error: 'Something went wrong',
      requestId: 'Request id: {id}',
      unreachable: 'The server cannot be reached. Check your connection and try again.',
    },
  },
  'zh-CN': {
    common: {
      loading: '加载中…',
      empty: '这里还没有内容。',
      retry: '重试',
      save: '保存',
      cancel: '取消',
      close: '关闭',
      language: '语言',
      signIn: '登录',
      signOut: '退出登录',
      required: '必填',
      error: '出错了',
      requestId: '请求编号：{id}',
      unreachable: '无法连接服务器，请检查网络后重试。',
    },
  },
}
