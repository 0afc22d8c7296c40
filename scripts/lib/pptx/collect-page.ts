import type { ArrowType, BoxItem, CollectedDeck, CollectedSlide, PathCommand, Rgba, SlideItem, Stroke, TextItem, TextParagraph, TextRun } from './types.ts'

/**
 * Runs inside the print view (page.evaluate). Walks every slide's composed tree (shadow roots
 * included) and returns what the slide shows as plain data: decorated boxes, text blocks with their
 * runs, SVG geometry (diagrams, charts, icons) and the frames of real images, in paint order.
 *
 * Self-contained on purpose: only the argument (the path normaliser's source) crosses into the page.
 */
export function collectPrintView(args: { normalizePathSource: string, width: number, height: number }): CollectedDeck {
  // eslint-disable-next-line no-new-func
  const normalizePath = new Function(`return (${args.normalizePathSource})`)() as (d: string) => PathCommand[]
  const SVG_NS = 'http://www.w3.org/2000/svg'
  const canvas = document.createElement('canvas')
  canvas.width = 1
  canvas.height = 1
  const ctx2d = canvas.getContext('2d', { willReadFrequently: true })!
  const colorCache = new Map<string, Rgba | undefined>()

  /** Any CSS colour (rgb, oklch, color(), named) as sRGB hex + alpha, through a 1-px canvas. */
  function color(css: string | null | undefined): Rgba | undefined {
    if (!css || css === 'transparent' || css === 'none')
      return undefined
    if (colorCache.has(css))
      return colorCache.get(css)
    let result: Rgba | undefined
    const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css)
    if (m) {
      const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4])
      const hex = [m[1], m[2], m[3]].map(v => Math.round(Number(v)).toString(16).padStart(2, '0')).join('').toUpperCase()
      result = alpha > 0.01 ? { hex, alpha } : undefined
    }
    else if (!/^url\(/.test(css)) {
      ctx2d.clearRect(0, 0, 1, 1)
      ctx2d.fillStyle = '#000'
      ctx2d.fillStyle = css
      ctx2d.fillRect(0, 0, 1, 1)
      const [r, g, b, a] = ctx2d.getImageData(0, 0, 1, 1).data
      const hex = [r, g, b].map(v => v.toString(16).padStart(2, '0')).join('').toUpperCase()
      result = a > 2 ? { hex, alpha: a / 255 } : undefined
    }
    colorCache.set(css, result)
    return result
  }
  const withOpacity = (c: Rgba | undefined, opacity: number): Rgba | undefined =>
    c && c.alpha * opacity > 0.01 ? { hex: c.hex, alpha: c.alpha * opacity } : undefined

  /** Visually hidden on purpose: the sr-only pattern (clipped to nothing, or a 1-px box). */
  function isScreenReaderOnly(el: Element, cs: CSSStyleDeclaration): boolean {
    if (/rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(cs.clip))
      return true
    if (/inset\(\s*50%/.test(cs.clipPath))
      return true
    const r = el.getBoundingClientRect()
    return cs.overflow !== 'visible' && r.width <= 1.5 && r.height <= 1.5
  }

  const containers = [...document.querySelectorAll<HTMLElement>('.print-slide-container')]
  const slides: CollectedSlide[] = []
  let shotCounter = 0
  /** CSS px → screen px for HTML inside an SVG foreignObject (the SVG's viewBox scaling). */
  let textZoom = 1

  for (const container of containers) {
    const pageEl = container.querySelector<HTMLElement>('.slidev-page') ?? container
    const no = Number(pageEl.getAttribute('data-slidev-no') ?? container.querySelector('[data-slidev-no]')?.getAttribute('data-slidev-no'))
    const origin = pageEl.getBoundingClientRect()
    const scale = origin.width / args.width
    const items: SlideItem[] = []
    const anchors: string[] = []
    const diagrams: CollectedSlide['diagrams'] = []
    const groups: CollectedSlide['groups'] = []
    /** Inside a described element: its parts join its group, not one of their own. */
    let describing = false
    /** Text items that are a whole list item, with their list. */
    const listItems = new Map<TextItem, Element>()
    let background: Rgba | undefined

    const px = (clientX: number): number => (clientX - origin.left) / scale
    const py = (clientY: number): number => (clientY - origin.top) / scale

    function decoration(el: Element, cs: CSSStyleDeclaration, opacity: number, diagram: boolean): void {
      const r = el.getBoundingClientRect()
      if (r.width < 0.5 || r.height < 0.5)
        return
      let fill = withOpacity(color(cs.backgroundColor), opacity)
      if (!fill && cs.backgroundImage !== 'none' && !/url\(/.test(cs.backgroundImage)) {
        // Gradients (chart tracks, stripes): their first colour stop, as a flat fill.
        const stop = /(rgba?\([^)]*\)|oklch\([^)]*\)|#[0-9a-f]{3,8})/i.exec(cs.backgroundImage)
        fill = stop ? withOpacity(color(stop[1]), opacity) : undefined
      }
      const x = px(r.left)
      const y = py(r.top)
      const w = r.width / scale
      const h = r.height / scale
      if (fill && w >= args.width - 1 && h >= args.height - 1 && x <= 1 && y <= 1) {
        background = fill
        fill = undefined
      }
      const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => {
        const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`)
        const width = Number.parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0
        const c = withOpacity(color(cs.getPropertyValue(`border-${side.toLowerCase()}-color`)), opacity)
        return style !== 'none' && style !== 'hidden' && width > 0 && c ? { width: width / scale, color: c, dash: (style === 'dashed' ? 'dash' : style === 'dotted' ? 'sysDot' : 'solid') as Stroke['dash'] } : undefined
      })
      const radius = (Number.parseFloat(cs.borderTopLeftRadius) || 0) / scale
      const uniform = sides.every(s => s && sides[0] && s.width === sides[0].width && s.color.hex === sides[0].color.hex)
      const shape: BoxItem['shape'] = radius >= Math.min(w, h) / 2 - 0.5 && Math.abs(w - h) < 1 ? 'ellipse' : radius > 0.5 ? 'roundRect' : 'rect'
      if (fill || uniform) {
        const line = uniform ? sides[0] : undefined
        // A uniform border is drawn centred on the box edge, as PowerPoint strokes outlines.
        const inset = line ? line.width / 2 : 0
        items.push({ kind: 'box', shape, x: x + inset, y: y + inset, w: w - 2 * inset, h: h - 2 * inset, fill, line, radius: shape === 'roundRect' ? Math.min(radius, w / 2, h / 2) : undefined, diagram })
      }
      if (!uniform) {
        // Single sides (accent bars, rules, table lines) as thin filled rectangles.
        sides.forEach((s, i) => {
          if (!s)
            return
          const sides = [[x, y, w, s.width], [x + w - s.width, y, s.width, h], [x, y + h - s.width, w, s.width], [x, y, s.width, h]]
          const [bx, by, bw, bh] = sides[Math.min(i, 3)]
          if (s.dash !== 'solid') {
            // A dashed or dotted side: a line along its middle, so the dashes survive.
            const horizontal = i % 2 === 0
            const commands: PathCommand[] = horizontal
              ? [{ op: 'M', x: bx, y: by + bh / 2 }, { op: 'L', x: bx + bw, y: by + bh / 2 }]
              : [{ op: 'M', x: bx + bw / 2, y: by }, { op: 'L', x: bx + bw / 2, y: by + bh }]
            items.push({ kind: 'path', commands, line: s, connector: false, diagram })
            return
          }
          items.push({ kind: 'box', shape: 'rect', x: bx, y: by, w: bw, h: bh, fill: s.color, diagram })
        })
      }
    }

    function childNodesOf(node: Node): Node[] {
      if (node instanceof Element && node.shadowRoot)
        return [...node.shadowRoot.childNodes]
      if (node instanceof HTMLSlotElement)
        return node.assignedNodes({ flatten: true })
      return [...node.childNodes]
    }

    function isAtomic(el: Element): boolean {
      if (el.namespaceURI !== SVG_NS && !el.textContent?.trim() && getComputedStyle(el).display.startsWith('inline-'))
        return true
      const tag = el.tagName.toLowerCase()
      return el.namespaceURI === SVG_NS || ['img', 'canvas', 'video', 'picture', 'iframe', 'object', 'embed'].includes(tag)
    }

    /**
     * Inline content that flows with the text around it. Inline blocks (chips, badges) holding only
     * inline content flow too: drawn as separate boxes they would sit where Inter put them while the
     * text around them moves with a wider font.
     */
    function isInlineFlow(el: Element, cs: CSSStyleDeclaration): boolean {
      if (isAtomic(el))
        return false
      if (cs.display === 'inline' || cs.display === 'contents')
        return true
      if (cs.display !== 'inline-block' && cs.display !== 'inline-flex')
        return false
      // Without text it is a drawing (a legend swatch, a dot): drawn as a box in its place.
      if (!el.textContent?.trim())
        return false
      return [...el.querySelectorAll('*')].every((d) => {
        const dd = getComputedStyle(d).display
        return isAtomic(d) || d.closest('svg') !== null || dd === 'inline' || dd === 'none' || dd === 'contents' || dd === 'inline-block' || dd === 'inline-flex'
      })
    }

    const measureCtx = document.createElement('canvas').getContext('2d')!
    /** Words of a paragraph with their Inter widths (see TextParagraph.words). */
    function wordsOf(runs: TextRun[]): TextParagraph['words'] {
      const words: TextParagraph['words'] = []
      let current: { w: number, space: number, n: number, br?: boolean } | undefined
      for (const run of runs) {
        const size = run.baseline === 'normal' ? run.size : run.size * 0.62
        measureCtx.font = `${run.italic ? 'italic ' : ''}${run.bold ? 700 : 400} ${size}px "${run.font}", sans-serif`
        const space = measureCtx.measureText(' ').width
        if (run.breakBefore)
          current = undefined
        let pendingBreak = !!run.breakBefore
        for (const piece of run.text.split(/(\s+)/)) {
          if (!piece)
            continue
          if (/^\s+$/.test(piece)) {
            current = undefined
            continue
          }
          const w = measureCtx.measureText(piece).width + (run.letterSpacing ?? 0) * [...piece].length
          const n = [...piece.replace(/\u2060/g, '')].length
          if (current) {
            current.w += w
            current.n += n
          }
          else {
            const before = words.length && !pendingBreak ? space : 0
            current = { w, space: before, n, br: pendingBreak || undefined }
            words.push(current)
            pendingBreak = false
          }
        }
        if (/\s$/.test(run.text))
          current = undefined
      }
      return words
    }

    function image(el: Element, description: string): void {
      const r = el.getBoundingClientRect()
      if (r.width < 1 || r.height < 1)
        return
      const shot = `pptx-${++shotCounter}`
      el.setAttribute('data-pptx-shot', shot)
      items.push({ kind: 'image', x: px(r.left), y: py(r.top), w: r.width / scale, h: r.height / scale, shot, description })
    }

    /** One run of inline text (a text node) with the style it is painted in. */
    function runOf(text: string, el: Element, opacity: number, baseline: TextRun['baseline'], href: string | undefined, highlight: Rgba | undefined, baseSize: number): TextRun {
      const cs = getComputedStyle(el)
      const family = cs.fontFamily.split(',')[0].trim().replace(/^["']|["']$/g, '')
      const deco = cs.textDecorationLine
      const transform = cs.textTransform
      const spacing = Number.parseFloat(cs.letterSpacing)
      return {
        text: transform === 'uppercase' ? text.toUpperCase() : transform === 'lowercase' ? text.toLowerCase() : transform === 'capitalize' ? text.replace(/\b\p{L}/gu, c => c.toUpperCase()) : text,
        size: (baseline === 'normal' ? Number.parseFloat(cs.fontSize) : baseSize) * textZoom / scale,
        bold: Number(cs.fontWeight) >= 600,
        italic: cs.fontStyle === 'italic',
        underline: deco.includes('underline'),
        strike: deco.includes('line-through'),
        color: withOpacity(color(el.namespaceURI === SVG_NS ? cs.fill : cs.color), opacity) ?? { hex: '000000', alpha: 1 },
        font: family,
        letterSpacing: Number.isFinite(spacing) && spacing !== 0 ? spacing * textZoom / scale : undefined,
        baseline,
        href,
        highlight,
      }
    }

    function alignOf(cs: CSSStyleDeclaration): TextParagraph['align'] {
      const a = cs.textAlign
      return a === 'center' ? 'center' : a === 'right' || a === 'end' ? 'right' : a === 'justify' ? 'justify' : 'left'
    }

    function lineHeightOf(cs: CSSStyleDeclaration): number {
      const lh = Number.parseFloat(cs.lineHeight)
      return (Number.isFinite(lh) ? lh : Number.parseFloat(cs.fontSize) * 1.2) * textZoom / scale
    }

    /**
     * A block's inline content (text nodes and inline elements between block-level children) as one
     * text item. Atomic inline children (icons, inline-blocks) are walked on their own afterwards.
     */
    function textSegment(block: Element, nodes: Node[], opacity: number, diagram: boolean, isFirst: boolean, deferred: Node[]): void {
      const blockCs = getComputedStyle(block)
      const paragraph: TextParagraph = { runs: [], align: alignOf(blockCs), lineHeight: lineHeightOf(blockCs), words: [] }
      const rects: DOMRect[] = []
      let pendingBreak = false
      const blockSize = Number.parseFloat(blockCs.fontSize)

      const visit = (node: Node, op: number, baseline: TextRun['baseline'], href: string | undefined, highlight: Rgba | undefined, parentSize: number): void => {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = (node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentElement)!
          const pcs = getComputedStyle(parent)
          if (pcs.visibility !== 'visible')
            return
          const raw = node.textContent ?? ''
          const pre = pcs.whiteSpace.startsWith('pre')
          const text = pre ? raw : raw.replace(/\s+/g, ' ')
          if (!text)
            return
          const range = document.createRange()
          range.selectNodeContents(node)
          const nodeRects = [...range.getClientRects()].filter(r => r.width > 0.5 && r.height > 0.5)
          if (!nodeRects.length && text.trim())
            return
          rects.push(...nodeRects)
          const run = runOf(text, parent, op, baseline, href, highlight, parentSize)
          // A citation marker is set apart from the word it follows but never broken inside:
          // word joiners between its characters (readers otherwise break "[67]" after the bracket).
          if (baseline !== 'normal' && run.text.length <= 24)
            run.text = `\u2060${[...run.text.replace(/[ \u2009]/g, '\u202F')].join('\u2060')}`
          if (pendingBreak) {
            run.breakBefore = true
            pendingBreak = false
          }
          paragraph.runs.push(run)
          return
        }
        if (!(node instanceof Element))
          return
        const cs = getComputedStyle(node)
        if (cs.display === 'none' || isScreenReaderOnly(node, cs))
          return
        const tag = node.tagName.toLowerCase()
        if (tag === 'br') {
          pendingBreak = true
          return
        }
        if (!isInlineFlow(node, cs)) {
          deferred.push(node)
          // Keep the text clear of an inline icon: en spaces as wide as the icon.
          const w = node.getBoundingClientRect().width
          const fs = Number.parseFloat(getComputedStyle(node.parentElement ?? block).fontSize)
          const spaces = Math.round(w / (fs * 0.5))
          if (spaces > 0 && w < 64)
            paragraph.runs.push({ ...runOf(`\u2060${'\u2002'.repeat(spaces)}`, node.parentElement ?? block, op, 'normal', undefined, undefined, fs), breakBefore: pendingBreak || undefined })
          pendingBreak = false
          return
        }
        const childOpacity = op * Number(cs.opacity)
        if (childOpacity < 0.05)
          return
        if (node.id)
          anchors.push(node.id)
        const va = cs.verticalAlign
        const nextBaseline: TextRun['baseline'] = va === 'super' || tag === 'sup' ? 'super' : va === 'sub' || tag === 'sub' ? 'sub' : baseline
        const nextHref = tag === 'a' && node.getAttribute('href') ? node.getAttribute('href')! : href
        const bg = withOpacity(color(cs.backgroundColor), childOpacity)
        const size = nextBaseline === 'normal' ? Number.parseFloat(cs.fontSize) : parentSize
        const childSize = nextBaseline !== baseline ? Number.parseFloat(getComputedStyle(node.parentElement ?? node).fontSize) : size
        for (const child of childNodesOf(node))
          visit(child, childOpacity, nextBaseline, nextHref, bg ?? highlight, childSize)
      }
      for (const node of nodes)
        visit(node, opacity, 'normal', undefined, undefined, blockSize)

      // Trim the whitespace HTML leaves at both ends of a block.
      while (paragraph.runs.length && !paragraph.runs[0].text.trim() && !paragraph.runs[0].breakBefore)
        paragraph.runs.shift()
      while (paragraph.runs.length && !paragraph.runs[paragraph.runs.length - 1].text.trim())
        paragraph.runs.pop()
      if (!paragraph.runs.length || !rects.length)
        return
      if (!blockCs.whiteSpace.startsWith('pre')) {
        paragraph.runs[0].text = paragraph.runs[0].text.replace(/^\s+/, '')
        const last = paragraph.runs[paragraph.runs.length - 1]
        last.text = last.text.replace(/\s+$/, '')
      }

      // Lines as Chromium laid them out: rects grouped by vertical overlap.
      const sorted = [...rects].sort((a, b) => a.top - b.top)
      const lines: { top: number, bottom: number, left: number, right: number }[] = []
      for (const r of sorted) {
        const line = lines.find(l => Math.min(l.bottom, r.bottom) - Math.max(l.top, r.top) > Math.min(r.height, l.bottom - l.top) * 0.5)
        if (line) {
          line.top = Math.min(line.top, r.top)
          line.bottom = Math.max(line.bottom, r.bottom)
          line.left = Math.min(line.left, r.left)
          line.right = Math.max(line.right, r.right)
        }
        else {
          lines.push({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })
        }
      }
      const top = Math.min(...lines.map(l => l.top))
      const bottom = Math.max(...lines.map(l => l.bottom))
      const left = Math.min(...lines.map(l => l.left))
      const right = Math.max(...lines.map(l => l.right))

      // The box spans the block's content width (the width the text may wrap in), widened into the
      // padding, which is free room for a wider fallback font.
      const br = block.getBoundingClientRect()
      const bl = Number.parseFloat(blockCs.borderLeftWidth) || 0
      const brw = Number.parseFloat(blockCs.borderRightWidth) || 0
      const pl = Number.parseFloat(blockCs.paddingLeft) || 0
      const pr = Number.parseFloat(blockCs.paddingRight) || 0
      // In a flex or grid container the text is one item among others (an icon, a label): its box is
      // where the text is. Elsewhere it may use the block's whole line width.
      const laidOut = /flex|grid/.test(blockCs.display)
      let boxLeft = laidOut ? left : Math.min(left, br.left + bl + pl * 0.4)
      let boxRight = laidOut ? right : Math.max(right, br.right - brw - pr * 0.4)
      if (diagram) {
        // A diagram label is centred in its shape: leave room on both sides, as Mermaid does.
        const room = (right - left) * 0.12 + 4
        boxLeft = Math.min(boxLeft, left - room)
        boxRight = Math.max(boxRight, right + room)
      }

      // List markers, native in the PPTX so that a wider font cannot push them over the text.
      if (isFirst && blockCs.display === 'list-item' && blockCs.listStyleType !== 'none') {
        const list = block.parentElement
        const listPadding = list ? Number.parseFloat(getComputedStyle(list).paddingLeft) || 0 : 0
        // Room for the list's widest number in a wider font ("10." in bold DejaVu), the same for
        // every item so that the items line up (and merge into one box).
        const items = list ? [...list.children].filter(c => c instanceof HTMLLIElement) : []
        const lastNumber = items.reduce((n, li) => Math.max(n, ordinalOf(li as HTMLLIElement)), 1)
        const numberRoom = blockSize * (String(lastNumber).length * 0.68 + 0.8)
        const markerRoom = Math.max(blockCs.listStyleType === 'decimal' ? numberRoom : blockSize * 1.1, Math.min(listPadding, blockSize * 3))
        paragraph.indent = markerRoom / scale
        boxLeft -= markerRoom
        paragraph.bullet = blockCs.listStyleType === 'decimal'
          ? { kind: 'number', start: ordinalOf(block as HTMLLIElement) }
          : { kind: 'glyph', char: blockCs.listStyleType === 'circle' ? '◦' : blockCs.listStyleType === 'square' ? '▪' : '•' }
      }
      else if (isFirst) {
        const before = getComputedStyle(block, '::before')
        const content = /^"(.+)"$/.exec(before.content)?.[1]
        if (content && before.display !== 'none' && before.position !== 'absolute') {
          paragraph.runs.unshift({ ...runOf(content, block, opacity, 'normal', undefined, undefined, blockSize), color: withOpacity(color(before.color), opacity) ?? { hex: '000000', alpha: 1 } })
        }
      }

      paragraph.words = wordsOf(paragraph.runs)
      const valign = diagram ? 'middle' : 'top'
      const frame = block.closest('table') ?? block.closest('.slidev-layout')
      let limit: TextItem['limit']
      if (frame) {
        const fr = frame.getBoundingClientRect()
        const fcs = getComputedStyle(frame)
        limit = { left: px(fr.left + (Number.parseFloat(fcs.paddingLeft) || 0)), right: px(fr.right - (Number.parseFloat(fcs.paddingRight) || 0)) }
      }
      items.push({
        kind: 'text',
        x: px(boxLeft),
        y: py(top),
        w: (boxRight - boxLeft) / scale,
        h: (bottom - top) / scale,
        paragraphs: [paragraph],
        valign,
        lines: lines.length,
        textWidth: lines.reduce((sum, l) => sum + (l.right - l.left), 0) / scale,
        diagram,
        limit,
      })
    }

    function ordinalOf(li: HTMLLIElement): number {
      if (li.hasAttribute('value'))
        return li.value
      let before = 0
      for (let sib = li.previousElementSibling; sib; sib = sib.previousElementSibling) {
        if (!(sib instanceof HTMLLIElement))
          continue
        if (sib.hasAttribute('value'))
          return sib.value + before + 1
        before++
      }
      const list = li.parentElement
      return (list instanceof HTMLOListElement && list.hasAttribute('start') ? list.start : 1) + before
    }

    /** The text version of a diagram, chart or map: `data-description`, or a Mermaid SVG's <desc> (its accDescr). */
    function descriptionOf(el: Element): string {
      const own = el.getAttribute('data-description')
      const mermaidDesc = el.classList.contains('mermaid') ? el.shadowRoot?.querySelector('svg > desc')?.textContent : undefined
      return (own ?? mermaidDesc ?? '').replace(/\s+/g, ' ').trim()
    }

    /** An element; a described one (diagram, chart, map) records the items drawn for it as a group. */
    function walk(el: Element, opacity: number, diagram: boolean): void {
      const description = describing ? '' : descriptionOf(el)
      if (!description) {
        walkElement(el, opacity, diagram)
        return
      }
      const from = items.length
      describing = true
      try {
        walkElement(el, opacity, diagram)
      }
      finally {
        describing = false
      }
      if (items.length > from)
        groups.push({ description, from, to: items.length })
    }

    /** A block-level (or atomic) element: its decoration, then its content in order. */
    function walkElement(el: Element, opacity: number, diagram: boolean): void {
      const cs = getComputedStyle(el)
      if (cs.display === 'none' || isScreenReaderOnly(el, cs))
        return
      const op = opacity * Number(cs.opacity)
      if (op < 0.05)
        return
      if (el.id)
        anchors.push(el.id)
      const tag = el.tagName.toLowerCase()
      if (el.namespaceURI === SVG_NS && tag === 'svg') {
        svg(el as SVGSVGElement, op)
        return
      }
      if (['img', 'canvas', 'video', 'picture', 'iframe', 'object', 'embed'].includes(tag)) {
        if (cs.visibility === 'visible')
          image(el, el.getAttribute('alt') ?? '')
        return
      }
      const start = items.length
      if (cs.visibility === 'visible')
        decoration(el, cs, op, diagram)
      if (cs.backgroundImage.includes('url('))
        image(el, '')
      walkContent(el, op, diagram)
      if (tag === 'li' && items.length === start + 1 && items[start].kind === 'text')
        listItems.set(items[start] as TextItem, el.parentElement!)
      if (tag === 'ol' || tag === 'ul')
        mergeListItems(el, start)
    }

    /**
     * Consecutive items of one list in one column become one text box, a paragraph each: a wider
     * font then pushes the next item down instead of over it, the list shrinks evenly, and it edits
     * as a list.
     */
    function mergeListItems(list: Element, start: number): void {
      const merged: SlideItem[] = []
      for (const item of items.splice(start)) {
        const prev = merged[merged.length - 1]
        if (item.kind === 'text' && prev?.kind === 'text' && listItems.get(item) === list && listItems.get(prev) === list
          && Math.abs(item.x - prev.x) < 1 && Math.abs(item.w - prev.w) < 1 && item.y >= prev.y + prev.h - 1) {
          const gap = Math.max(0, item.y - (prev.y + prev.h))
          item.paragraphs[0].spaceBefore = gap
          prev.paragraphs.push(...item.paragraphs)
          prev.h = item.y + item.h - prev.y
          prev.lines += item.lines
          prev.textWidth += item.textWidth
          continue
        }
        merged.push(item)
      }
      items.push(...merged)
    }

    function walkContent(el: Element, op: number, diagram: boolean): void {
      let segment: Node[] = []
      let first = true
      const flush = (): void => {
        if (segment.length) {
          const deferred: Node[] = []
          textSegment(el, segment, op, diagram, first, deferred)
          first = false
          for (const d of deferred) {
            if (d instanceof Element)
              walk(d, op, diagram)
          }
        }
        segment = []
      }
      for (const child of childNodesOf(el)) {
        if (child.nodeType === Node.TEXT_NODE) {
          segment.push(child)
          continue
        }
        if (!(child instanceof Element))
          continue
        const ccs = getComputedStyle(child)
        if (ccs.display === 'none')
          continue
        const atomicInline = isAtomic(child) && ccs.display.startsWith('inline')
        if ((isInlineFlow(child, ccs) || atomicInline) && ccs.position !== 'absolute' && ccs.position !== 'fixed') {
          segment.push(child)
          continue
        }
        flush()
        walk(child, op, diagram)
      }
      flush()
    }

    // ---- SVG ---------------------------------------------------------------------------------

    function arrowOf(marker: string): ArrowType | undefined {
      if (!marker || marker === 'none')
        return undefined
      const id = /url\(["']?#([^"')]+)/.exec(marker)?.[1] ?? ''
      if (/circle|dot/i.test(id))
        return 'oval'
      if (/cross/i.test(id))
        return undefined
      if (/open|barb/i.test(id))
        return 'arrow'
      return 'triangle'
    }

    function strokeOf(cs: CSSStyleDeclaration, opacity: number, ctmScale: number): Stroke | undefined {
      const c = withOpacity(color(cs.stroke), opacity * Number(cs.strokeOpacity || 1))
      // A non-scaling stroke is drawn in screen pixels whatever the SVG's own scaling.
      const factor = cs.getPropertyValue('vector-effect') === 'non-scaling-stroke' ? 1 : ctmScale
      const width = (Number.parseFloat(cs.strokeWidth) || 0) * factor / scale
      if (!c || width <= 0)
        return undefined
      const dashes = (cs.strokeDasharray || 'none').split(/[\s,]+/).map(Number.parseFloat).filter(v => v > 0)
      const dash = dashes.length ? (dashes[0] * factor / scale <= width * 1.5 ? 'sysDot' : 'dash') : 'solid'
      return { color: c, width, dash }
    }

    /** Liang–Barsky: the part of segment a→b inside the rectangle, if any. */
    interface Pt { x: number, y: number }
    function clipSegment(a: Pt, b: Pt, box: { x0: number, y0: number, x1: number, y1: number }): [Pt, Pt] | undefined {
      let t0 = 0
      let t1 = 1
      const dx = b.x - a.x
      const dy = b.y - a.y
      for (const [p, q] of [[-dx, a.x - box.x0], [dx, box.x1 - a.x], [-dy, a.y - box.y0], [dy, box.y1 - a.y]]) {
        if (p === 0) {
          if (q < 0)
            return undefined
          continue
        }
        const t = q / p
        if (p < 0)
          t0 = Math.max(t0, t)
        else
          t1 = Math.min(t1, t)
      }
      return t0 <= t1 ? [{ x: a.x + t0 * dx, y: a.y + t0 * dy }, { x: a.x + t1 * dx, y: a.y + t1 * dy }] : undefined
    }

    function svg(root: SVGSVGElement, opacity: number): void {
      const r = root.getBoundingClientRect()
      if (r.width < 1 || r.height < 1)
        return
      const host = root.getRootNode() instanceof ShadowRoot ? (root.getRootNode() as ShadowRoot).host : undefined
      const mermaid = host?.classList.contains('mermaid') || root.id?.startsWith('mermaid') || root.getAttribute('aria-roledescription') !== null
      const kind = root.getAttribute('aria-roledescription') ?? (mermaid ? 'mermaid' : 'svg')
      const before = items.length
      const draw = (el: Element, op: number): void => {
        const cs = getComputedStyle(el)
        if (cs.display === 'none')
          return
        const o = op * Number(cs.opacity || 1)
        if (o < 0.05)
          return
        const tag = el.tagName.toLowerCase()
        if (['defs', 'marker', 'clippath', 'mask', 'symbol', 'style', 'title', 'desc', 'lineargradient', 'radialgradient', 'pattern', 'filter', 'script'].includes(tag))
          return
        if (tag === 'foreignobject') {
          const m = (el as SVGGraphicsElement).getScreenCTM()
          const outer = textZoom
          textZoom = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1
          for (const child of el.children)
            walk(child, o, true)
          textZoom = outer
          return
        }
        if (tag === 'text') {
          svgText(el as SVGTextElement, cs, o)
          return
        }
        const graphics = el as SVGGraphicsElement
        if (['rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path'].includes(tag) && cs.visibility === 'visible') {
          const m = graphics.getScreenCTM()
          if (!m)
            return
          const ctmScale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c))
          const fill = tag === 'line' ? undefined : withOpacity(color(cs.fill), o * Number(cs.fillOpacity || 1))
          const line = strokeOf(cs, o, ctmScale)
          if (!fill && !line)
            return
          const pt = (x: number, y: number): { x: number, y: number } => ({ x: px(m.a * x + m.c * y + m.e), y: py(m.b * x + m.d * y + m.f) })
          const axisAligned = Math.abs(m.b) < 1e-6 && Math.abs(m.c) < 1e-6
          const num = (name: string): number => (graphics as unknown as Record<string, { baseVal: { value: number } }>)[name]?.baseVal?.value ?? 0
          if ((tag === 'rect' || tag === 'circle' || tag === 'ellipse') && axisAligned) {
            let x0: number
            let y0: number
            let x1: number
            let y1: number
            let rx = 0
            if (tag === 'rect') {
              ;({ x: x0, y: y0 } = pt(num('x'), num('y')))
              ;({ x: x1, y: y1 } = pt(num('x') + num('width'), num('y') + num('height')))
              rx = Math.max(num('rx'), num('ry')) * ctmScale / scale
            }
            else {
              const rX = tag === 'circle' ? num('r') : num('rx')
              const rY = tag === 'circle' ? num('r') : num('ry')
              ;({ x: x0, y: y0 } = pt(num('cx') - rX, num('cy') - rY))
              ;({ x: x1, y: y1 } = pt(num('cx') + rX, num('cy') + rY))
            }
            const w = Math.abs(x1 - x0)
            const h = Math.abs(y1 - y0)
            if (w < 0.2 && h < 0.2)
              return
            items.push({ kind: 'box', shape: tag === 'rect' ? (rx > 0.5 ? 'roundRect' : 'rect') : 'ellipse', x: Math.min(x0, x1), y: Math.min(y0, y1), w, h, fill, line, radius: rx > 0.5 ? Math.min(rx, w / 2, h / 2) : undefined, diagram: true })
            return
          }
          let commands: PathCommand[]
          if (tag === 'line') {
            // Cut to the SVG's viewport, which clips it on screen (Mermaid's lifelines run to y=2000).
            const a = pt(num('x1'), num('y1'))
            const b = pt(num('x2'), num('y2'))
            const clipped = clipSegment(a, b, { x0: px(r.left), y0: py(r.top), x1: px(r.right), y1: py(r.bottom) })
            if (!clipped)
              return
            items.push({ kind: 'path', commands: [{ op: 'M', ...clipped[0] }, { op: 'L', ...clipped[1] }], line, beginArrow: arrowOf(cs.markerStart), endArrow: arrowOf(cs.markerEnd), connector: mermaid && !!line, diagram: true })
            return
          }
          else if (tag === 'polyline' || tag === 'polygon') {
            const points = [...(graphics as SVGPolylineElement).points]
            commands = points.map((p, i) => ({ op: i ? 'L' : 'M', x: p.x, y: p.y }) as PathCommand)
            if (tag === 'polygon')
              commands.push({ op: 'Z' })
          }
          else if (tag === 'rect') {
            const [x, y, w, h] = [num('x'), num('y'), num('width'), num('height')]
            commands = [{ op: 'M', x, y }, { op: 'L', x: x + w, y }, { op: 'L', x: x + w, y: y + h }, { op: 'L', x, y: y + h }, { op: 'Z' }]
          }
          else if (tag === 'path') {
            commands = normalizePath(el.getAttribute('d') ?? '')
          }
          else {
            return
          }
          if (commands.length < 2)
            return
          const mapped = commands.map((c): PathCommand => {
            if (c.op === 'Z')
              return c
            if (c.op === 'C') {
              const p1 = pt(c.x1, c.y1)
              const p2 = pt(c.x2, c.y2)
              const p = pt(c.x, c.y)
              return { op: 'C', x1: p1.x, y1: p1.y, x2: p2.x, y2: p2.y, x: p.x, y: p.y }
            }
            const p = pt(c.x, c.y)
            return { op: c.op, x: p.x, y: p.y }
          })
          const open = !mapped.some(c => c.op === 'Z')
          const endArrow = arrowOf(cs.markerEnd)
          const beginArrow = arrowOf(cs.markerStart)
          // An open, unfilled stroke in a diagram is an edge: it becomes a connector.
          const connector = mermaid && open && !fill && !!line
          items.push({ kind: 'path', commands: mapped, fill: open ? undefined : fill, line, beginArrow, endArrow, connector, diagram: true })
          return
        }
        for (const child of el.children)
          draw(child, o)
      }
      for (const child of root.children)
        draw(child, opacity)
      if (mermaid)
        diagrams.push({ kind, connectors: items.slice(before).filter(i => i.kind === 'path' && i.connector).length })
    }

    function svgText(el: SVGTextElement, cs: CSSStyleDeclaration, opacity: number): void {
      if (cs.visibility !== 'visible')
        return
      const r = el.getBoundingClientRect()
      if (r.width < 0.5 || !el.textContent?.trim())
        return
      // One paragraph per tspan that starts a new line (its own y or dy), else one for the element.
      const lineEls = [...el.querySelectorAll('tspan')].filter(t => t.hasAttribute('y') || t.hasAttribute('dy'))
      const parts = lineEls.length > 1 ? lineEls : [el]
      const m = el.getScreenCTM()
      const ctmScale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1
      const anchor = cs.textAnchor
      const align: TextParagraph['align'] = anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left'
      const paragraphs: TextParagraph[] = parts.map((part) => {
        // The paint comes from the innermost element: Mermaid styles an actor's <text> like its box
        // and its <tspan> with the text colour.
        const styled = part.querySelector('tspan') ?? part
        const pcs = getComputedStyle(styled)
        const size = Number.parseFloat(pcs.fontSize) * ctmScale / scale
        const run = runOf((part.textContent ?? '').replace(/\s+/g, ' ').trim(), styled, opacity, 'normal', undefined, undefined, size)
        run.size = size
        return { runs: [run], align, lineHeight: r.height / parts.length / scale, words: wordsOf([run]) }
      }).filter(p => p.runs[0].text)
      const angle = m ? Math.atan2(m.b, m.a) * 180 / Math.PI : 0
      if (Math.abs(angle) > 1) {
        // Rotated (an axis title): an unrotated frame around the same centre, turned by the angle.
        const length = el.getComputedTextLength() * ctmScale / scale
        const thickness = Math.max(...paragraphs.map(p => p.runs[0].size)) * 1.3 * paragraphs.length
        const room = length * 0.12 + 4
        const cx = px((r.left + r.right) / 2)
        const cy = py((r.top + r.bottom) / 2)
        const w = length + 2 * room
        paragraphs.forEach((p) => {
          p.align = 'center'
        })
        items.push({ kind: 'text', x: cx - w / 2, y: cy - thickness / 2, w, h: thickness, paragraphs, valign: 'middle', lines: parts.length, textWidth: length, diagram: true, rotate: Math.round(angle * 10) / 10 })
        return
      }
      const textWidth = r.width / scale
      const room = textWidth * 0.12 + 4
      const x = px(r.left) - (align === 'center' ? room : align === 'right' ? 2 * room : 0)
      items.push({ kind: 'text', x, y: py(r.top), w: textWidth + 2 * room, h: r.height / scale, paragraphs, valign: 'middle', lines: parts.length, textWidth, diagram: true })
    }

    for (const child of childNodesOf(pageEl)) {
      if (child instanceof Element)
        walk(child, 1, false)
    }
    const pageCs = getComputedStyle(pageEl)
    background ??= color(pageCs.backgroundColor)
    slides.push({ no, background, items, anchors, diagrams, groups })
  }
  return { width: args.width, height: args.height, slides, origin: location.origin }
}
