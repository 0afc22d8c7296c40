import type { PathCommand } from './types.ts'

/**
 * An SVG path's `d` as absolute moveTo / lineTo / cubic / close commands, the only ones DrawingML
 * freeforms need (quadratics and arcs become cubics). Runs in the page too (it is serialised with
 * Function.prototype.toString), so it must stay self-contained: no imports, no outer helpers.
 */
export function normalizePath(d: string): PathCommand[] {
  const tokens = d.match(/[a-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []
  const out: PathCommand[] = []
  let i = 0
  let cmd = ''
  let x = 0
  let y = 0
  let startX = 0
  let startY = 0
  // Last control point, for the smooth (S/T) commands.
  let cx = 0
  let cy = 0
  let prev = ''
  const num = (): number => Number(tokens[i++])
  const arcToCubics = (x1: number, y1: number, rx: number, ry: number, phiDeg: number, large: number, sweep: number, x2: number, y2: number): void => {
    if (rx === 0 || ry === 0) {
      out.push({ op: 'L', x: x2, y: y2 })
      return
    }
    const phi = phiDeg * Math.PI / 180
    const cos = Math.cos(phi)
    const sin = Math.sin(phi)
    const dx = (x1 - x2) / 2
    const dy = (y1 - y2) / 2
    const x1p = cos * dx + sin * dy
    const y1p = -sin * dx + cos * dy
    rx = Math.abs(rx)
    ry = Math.abs(ry)
    const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry)
    if (lambda > 1) {
      rx *= Math.sqrt(lambda)
      ry *= Math.sqrt(lambda)
    }
    const sign = large === sweep ? -1 : 1
    const num2 = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    const coef = sign * Math.sqrt(Math.max(0, num2 / (rx * rx * y1p * y1p + ry * ry * x1p * x1p)))
    const cxp = coef * (rx * y1p) / ry
    const cyp = coef * -(ry * x1p) / rx
    const centerX = cos * cxp - sin * cyp + (x1 + x2) / 2
    const centerY = sin * cxp + cos * cyp + (y1 + y2) / 2
    const angle = (ux: number, uy: number, vx: number, vy: number): number => {
      const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
      return a
    }
    const theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry)
    let delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry)
    if (!sweep && delta > 0)
      delta -= 2 * Math.PI
    else if (sweep && delta < 0)
      delta += 2 * Math.PI
    const segments = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2)))
    const step = delta / segments
    const k = 4 / 3 * Math.tan(step / 4)
    const point = (t: number): [number, number] => [
      centerX + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin,
      centerY + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos,
    ]
    const deriv = (t: number): [number, number] => [
      -rx * Math.sin(t) * cos - ry * Math.cos(t) * sin,
      -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos,
    ]
    let t = theta1
    for (let s = 0; s < segments; s++) {
      const [px1, py1] = point(t)
      const [dx1, dy1] = deriv(t)
      const t2 = t + step
      const [px2, py2] = point(t2)
      const [dx2, dy2] = deriv(t2)
      out.push({ op: 'C', x1: px1 + k * dx1, y1: py1 + k * dy1, x2: px2 - k * dx2, y2: py2 - k * dy2, x: px2, y: py2 })
      t = t2
    }
  }
  while (i < tokens.length) {
    if (/^[a-z]$/i.test(tokens[i]))
      cmd = tokens[i++]
    else if (!cmd)
      throw new Error(`Bad SVG path data: "${d.slice(0, 80)}"`)
    const rel = cmd === cmd.toLowerCase()
    const ox = rel ? x : 0
    const oy = rel ? y : 0
    switch (cmd.toUpperCase()) {
      case 'M': {
        x = ox + num()
        y = oy + num()
        startX = x
        startY = y
        out.push({ op: 'M', x, y })
        // Further pairs after a moveTo are lineTos.
        cmd = rel ? 'l' : 'L'
        break
      }
      case 'L':
        x = ox + num()
        y = oy + num()
        out.push({ op: 'L', x, y })
        break
      case 'H':
        x = ox + num()
        out.push({ op: 'L', x, y })
        break
      case 'V':
        y = oy + num()
        out.push({ op: 'L', x, y })
        break
      case 'C':
      case 'S': {
        // S has no first control point: it mirrors the previous curve's second one (or is the current point).
        const smooth = cmd.toUpperCase() === 'S'
        const mirror = /[CS]/i.test(prev)
        const x1 = smooth ? (mirror ? 2 * x - cx : x) : ox + num()
        const y1 = smooth ? (mirror ? 2 * y - cy : y) : oy + num()
        const x2 = ox + num()
        const y2 = oy + num()
        x = ox + num()
        y = oy + num()
        out.push({ op: 'C', x1, y1, x2, y2, x, y })
        cx = x2
        cy = y2
        break
      }
      case 'Q':
      case 'T': {
        let qx: number
        let qy: number
        if (cmd.toUpperCase() === 'Q') {
          qx = ox + num()
          qy = oy + num()
        }
        else {
          qx = /[QT]/i.test(prev) ? 2 * x - cx : x
          qy = /[QT]/i.test(prev) ? 2 * y - cy : y
        }
        const ex = ox + num()
        const ey = oy + num()
        out.push({ op: 'C', x1: x + 2 / 3 * (qx - x), y1: y + 2 / 3 * (qy - y), x2: ex + 2 / 3 * (qx - ex), y2: ey + 2 / 3 * (qy - ey), x: ex, y: ey })
        cx = qx
        cy = qy
        x = ex
        y = ey
        break
      }
      case 'A': {
        const rx = num()
        const ry = num()
        const rot = num()
        const large = num()
        const sweep = num()
        const ex = ox + num()
        const ey = oy + num()
        arcToCubics(x, y, rx, ry, rot, large, sweep, ex, ey)
        x = ex
        y = ey
        break
      }
      case 'Z':
        out.push({ op: 'Z' })
        x = startX
        y = startY
        break
      default:
        throw new Error(`Unsupported SVG path command "${cmd}" in "${d.slice(0, 80)}"`)
    }
    prev = cmd
    if (Number.isNaN(x) || Number.isNaN(y))
      throw new Error(`Bad SVG path data: "${d.slice(0, 80)}"`)
  }
  return out
}
