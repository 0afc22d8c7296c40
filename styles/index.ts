// Self-hosted fonts: the deck must render identically offline, so nothing is fetched from a font CDN.
import '@fontsource/inter/400.css'
import '@fontsource/inter/400-italic.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import '@fontsource/jetbrains-mono/400.css'
import './deck.css'
