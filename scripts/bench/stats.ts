import type { Summary } from './types.ts'

/** Nearest-rank percentile: with few samples it returns a measured value rather than an interpolated one. */
export function percentile(values: number[], p: number): number {
  if (!values.length)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export function median(values: number[]): number {
  if (!values.length)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function summarize(samples: number[]): Summary {
  return {
    samples,
    median: median(samples),
    p95: percentile(samples, 95),
    min: samples.length ? Math.min(...samples) : Number.NaN,
    max: samples.length ? Math.max(...samples) : Number.NaN,
  }
}

/** Index of the sample closest to the median, to pick a representative run's details. */
export function medianIndex(samples: number[]): number {
  const m = median(samples)
  let best = 0
  samples.forEach((v, i) => {
    if (Math.abs(v - m) < Math.abs(samples[best] - m))
      best = i
  })
  return best
}
