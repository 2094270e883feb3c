import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// `npm run dev` serves the pages on :5173 and sends API and server-rendered paths to a running Bazaar.
const api = process.env.BAZAAR_API ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    // Two single-page apps from one build: the storefront at / and the console at /console/.
    rollupOptions: { input: { storefront: 'index.html', console: 'console/index.html' } },
  },
  server: { proxy: { '/api': api, '/p/': api, '/q/': api, '/sitemap.xml': api } },
  test: { environment: 'happy-dom', include: ['src/**/*.test.ts'] },
})
