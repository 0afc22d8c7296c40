import { defineMermaidSetup } from '@slidev/types'

/**
 * Mermaid in the deck's palette. `theme: 'base'` is the only theme that honours themeVariables;
 * the headmatter pins `colorSchema: light`, so Slidev never swaps in its dark theme.
 * Colours: Okabe–Ito hues darkened for ≥ 4.5:1 text contrast on white (see styles/deck.css).
 */
export default defineMermaidSetup(() => ({
  theme: 'base',
  fontFamily: 'Inter, sans-serif',
  themeVariables: {
    fontFamily: 'Inter, sans-serif',
    fontSize: '15px',
    background: '#ffffff',
    primaryColor: '#e7f0fa',
    primaryTextColor: '#1b2430',
    primaryBorderColor: '#0b5cad',
    secondaryColor: '#e3f3ef',
    secondaryTextColor: '#1b2430',
    secondaryBorderColor: '#00735f',
    tertiaryColor: '#f3f5f8',
    tertiaryTextColor: '#1b2430',
    tertiaryBorderColor: '#4a5565',
    lineColor: '#4a5565',
    textColor: '#1b2430',
    mainBkg: '#f3f5f8',
    nodeBorder: '#4a5565',
    clusterBkg: '#fafbfc',
    clusterBorder: '#9aa4b2',
    titleColor: '#1b2430',
    edgeLabelBackground: '#ffffff',
    // sequence diagrams
    actorBkg: '#f3f5f8',
    actorBorder: '#4a5565',
    actorTextColor: '#1b2430',
    actorLineColor: '#9aa4b2',
    signalColor: '#1b2430',
    signalTextColor: '#1b2430',
    labelBoxBkgColor: '#f3f5f8',
    labelBoxBorderColor: '#4a5565',
    labelTextColor: '#1b2430',
    loopTextColor: '#1b2430',
    noteBkgColor: '#fff6e0',
    noteBorderColor: '#7a4a00',
    noteTextColor: '#1b2430',
    activationBkgColor: '#e7f0fa',
    activationBorderColor: '#0b5cad',
    sequenceNumberColor: '#ffffff',
  },
  flowchart: {
    htmlLabels: true,
    curve: 'basis',
    padding: 10,
    nodeSpacing: 30,
    rankSpacing: 40,
    useMaxWidth: true,
  },
  sequence: {
    useMaxWidth: true,
    mirrorActors: false,
    boxMargin: 6,
    messageMargin: 22,
    actorMargin: 90,
    noteMargin: 8,
    wrap: true,
  },
}))
