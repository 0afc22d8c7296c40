// Self-hosted fonts: the deck must render identically offline, so nothing is fetched from a font CDN.
import '@fontsource/inter/400.css'
import '@fontsource/inter/400-italic.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import '@fontsource/jetbrains-mono/400.css'
// Inter's arrows and symbols ("→", "≈", "✓"…), which the fontsource subsets leave out.
import './inter-symbols.css'
import './deck.css'
// Reduced motion: no slide transitions or animated reveals when the reader's system asks for it.
import './motion.css'
