/**
 * Types for type-checking Slidev's client (`@slidev/client`, shipped as TypeScript source) where the
 * deck's root .vue files import it: the route meta and `$slidev` it declares in its own shim, and the
 * compile-time flags its Vite plugin defines (`__SLIDEV_*__`, `__DEV__`), which its package does not declare.
 */
/// <reference path="./node_modules/@slidev/client/shim-vue.d.ts" />

declare const __DEV__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean

// Imported by @slidev/client/utils.ts; the package ships no types and the deck never calls it.
declare module 'file-saver'
