import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import type { Connect, Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

// `npm run dev` serves the pages on :5173 and sends API and server-rendered paths to a running Bazaar.
const api = process.env.BAZAAR_API ?? 'http://localhost:8080'

// History-mode routes of the console (/console/orders) get the console's page, as the server and CloudFront do.
const consoleFallback: Connect.NextHandleFunction = (req, _res, next) => {
  if (req.url && /^\/console(\/[^.]*)?(\?.*)?$/.test(req.url)) req.url = '/console/index.html'
  next()
}
const consoleRoutes: Plugin = {
  name: 'bazaar-console-routes',
  configureServer: (server) => void server.middlewares.use(consoleFallback),
  configurePreviewServer: (server) => void server.middlewares.use(consoleFallback),
}

export default defineConfig({
  plugins: [vue(), consoleRoutes],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    // Two single-page apps from one build: the storefront at / and the console at /console/.
    rollupOptions: { input: { storefront: 'index.html', console: 'console/index.html' } },
  },
  server: { proxy: { '/api': api, '/p/': api, '/q/': api, '/sitemap.xml': api } },
  test: { environment: 'happy-dom', include: ['src/**/*.test.ts'] },
})
