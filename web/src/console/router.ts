import { createRouter, createWebHistory } from 'vue-router'

/** Console routes under /console/; each page is its own chunk. */
export const router = createRouter({
  history: createWebHistory('/console/'),
  routes: [{ path: '/', name: 'home', component: () => import('./pages/ConsoleHome.vue') }],
})
