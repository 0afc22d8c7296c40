import type { Benchmark, EnrichmentLevel, JcpoaLimit, StockpilePoint } from './types'

/** Enrichment levels (share of U-235) the briefing refers to; `meaning` is read from the back of the room. */
export const enrichmentLevels: EnrichmentLevel[] = [
  {
    id: 'lvl-3-67',
    percent: 3.67,
    label: '3.67%',
    meaning: 'JCPOA cap, 2015',
    sources: ['eprs-572820'],
  },
  {
    id: 'lvl-20',
    percent: 20,
    label: '20%',
    meaning: 'Rubio: “a few weeks” from 3.67%',
    sources: ['lincolndailynews-2025-04-24'],
  },
  {
    id: 'lvl-60',
    percent: 60,
    label: '60%',
    meaning: 'Iran since April 2021',
    sources: ['irna-84297300', 'citynews-iaea-2025-02'],
  },
  {
    id: 'lvl-90',
    percent: 90,
    label: '~90%',
    meaning: 'Weapons grade',
    sources: ['citynews-iaea-2025-02'],
  },
]

/** IAEA figures for Iran's stockpile of uranium enriched up to 60%. */
export const stockpile: StockpilePoint[] = [
  {
    id: 'sp-2025-02-08',
    date: '2025-02-08',
    reportDate: '2025-02-26',
    kg60: 274.8,
    totalKg: 8294.4,
    sources: ['citynews-iaea-2025-02'],
  },
  {
    id: 'sp-2025-05-17',
    date: '2025-05-17',
    reportDate: '2025-05-31',
    kg60: 408.6,
    totalKg: 9247.6,
    sources: ['evrim-352218'],
  },
  {
    // The IAEA's report of 27 Feb 2026 gave the stock held before the strikes of June 2025.
    id: 'sp-2025-06-prestrike',
    date: '2025-06',
    reportDate: '2026-02-27',
    kg60: 440.9,
    sources: ['voiceofvienna-iaea-2026-02-27'],
  },
]

/** Reference quantities for the stockpile chart. */
export const benchmarks: Benchmark[] = [
  {
    id: 'bm-42kg',
    label: '42 kg',
    kg: 42,
    note: 'IAEA: about 42 kg of 60% uranium is theoretically enough for one bomb if enriched further to 90%',
    sources: ['citynews-iaea-2025-02'],
  },
]

/** The JCPOA's main limits, set against what was reported in 2025 (told in the notes of the background part). */
export const jcpoaLimits: JcpoaLimit[] = [
  {
    id: 'jcpoa-cap',
    label: 'Enrichment level',
    limit: 'at most 3.67%, for 15 years',
    in2025: '60%, since April 2021',
    sources: ['eprs-572820', 'irna-84297300'],
  },
  {
    id: 'jcpoa-stockpile',
    label: 'Enriched-uranium stockpile',
    // The cap counted uranium hexafluoride; the IAEA's totals count uranium alone (≈ 0.676 of UF6 by mass).
    limit: '300 kg of UF6 (≈ 202.8 kg of uranium), down from about 10,000 kg',
    in2025: '9,247.6 kg of uranium in all, 408.6 kg of it at 60% (IAEA, 17 May)',
    sources: ['eprs-572820', 'pledgetimes-uf6-cap', 'evrim-352218'],
  },
  {
    id: 'jcpoa-fordow',
    label: 'Fordow',
    limit: 'no enrichment there',
    in2025: 'struck by the US on 21/22 Jun (with Natanz and Isfahan)',
    sources: ['eprs-572820', 'afmil-4222562'],
  },
]
