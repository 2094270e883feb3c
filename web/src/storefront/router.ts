import { createRouter, createWebHistory } from 'vue-router'

/** Storefront routes; each page is its own chunk so the first page stays small. */
export const router = createRouter({
  history: createWebHistory('/'),
  routes: [{ path: '/', name: 'home', component: () => import('./pages/HomePage.vue') }],
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})
