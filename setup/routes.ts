import { defineRoutesSetup } from '@slidev/types'

/**
 * `#/remote?o=…`: the pocket presenter's phone page (components/pocket/). In every build, public
 * included: it holds no notes (they arrive from the presenter's laptop over the paired, encrypted
 * channel), and its code is a separate chunk that loads only when a phone opens the route.
 */
export default defineRoutesSetup(routes => [
  ...routes,
  {
    name: 'pocket-remote',
    path: '/remote',
    component: () => import('../components/pocket/PocketRemotePage.vue'),
  },
])
