import { defineMermaidSetup } from '@slidev/types'
import { mermaidClassCss, palette, sideColours } from '../styles/palette'

/**
 * Mermaid in the deck's palette (styles/palette.ts). `theme: 'base'` is the only theme that
 * honours themeVariables; the headmatter pins `colorSchema: light`, so Slidev never swaps in its
 * dark theme. Pages assign node classes (us, iran, mediator, israel, europe, rc, iaea, neutral,
 * cancelled) and never write a colour; `themeCSS` styles those classes.
 * Label size 20 px: diagrams are scaled down to fit, and labels must stay ≥ 16 px on the canvas.
 */
export default defineMermaidSetup(async () => {
  // Mermaid sizes each node from text it measures once. Slidev awaits this setup before every
  // render, so waiting here for Inter means no label is measured in a narrower fallback font and
  // then cut off by its box (the print view renders every diagram at once, before fonts arrive).
  if (typeof document !== 'undefined')
    await Promise.all(['400', '700'].map(weight => document.fonts.load(`${weight} 20px Inter`, 'Aa0–→')))
  return config()
})

function config(): Record<string, unknown> {
  return {
    theme: 'base',
    fontFamily: 'Inter, sans-serif',
    themeCSS: mermaidClassCss(),
    themeVariables: {
      fontFamily: 'Inter, sans-serif',
      fontSize: '20px',
      background: palette.bg,
      primaryColor: sideColours.us.tint,
      primaryTextColor: palette.ink,
      primaryBorderColor: sideColours.us.side,
      secondaryColor: sideColours.iran.tint,
      secondaryTextColor: palette.ink,
      secondaryBorderColor: sideColours.iran.side,
      tertiaryColor: palette.panel,
      tertiaryTextColor: palette.ink,
      tertiaryBorderColor: palette.muted,
      lineColor: palette.muted,
      textColor: palette.ink,
      mainBkg: palette.panel,
      nodeBorder: palette.muted,
      clusterBkg: palette.clusterBg,
      clusterBorder: palette.clusterBorder,
      titleColor: palette.ink,
      edgeLabelBackground: palette.bg,
      // sequence diagrams
      actorBkg: palette.panel,
      actorBorder: palette.muted,
      actorTextColor: palette.ink,
      actorLineColor: palette.clusterBorder,
      signalColor: palette.ink,
      signalTextColor: palette.ink,
      labelBoxBkgColor: palette.panel,
      labelBoxBorderColor: palette.muted,
      labelTextColor: palette.ink,
      loopTextColor: palette.ink,
      noteBkgColor: palette.noteBg,
      noteBorderColor: palette.warn,
      noteTextColor: palette.ink,
      activationBkgColor: sideColours.us.tint,
      activationBorderColor: sideColours.us.side,
      sequenceNumberColor: palette.bg,
    },
    flowchart: {
      htmlLabels: true,
      curve: 'basis',
      padding: 12,
      nodeSpacing: 36,
      rankSpacing: 44,
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
  }
}
