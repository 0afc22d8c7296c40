import type { Source } from './types'

/**
 * Sources behind the charts' figures (data/series.ts, data/tolls.ts) that no other record cites:
 * Brent settlements around the June 2025 war and the 2026 war, read in the stored copies of the
 * pages; Reuters headlines and a digest issue for the second half of 2026 that
 * data/sources-2026-h2.ts does not carry (it is reused wherever it does). Naming follows that file:
 * `<outlet>-h-<date>-<slug>` for a headline only, `songci-<n>` for the digest.
 */

/** The weekly headline archive (see data/sources-2026-h2.ts): each file covers the 7 days ending on its date. */
const MSM = (mmdd: string) => `https://github.com/mikloshetzer-sketch/me-security-monitor/blob/main/archive/brief_2026-${mmdd}.md`
const MSM_NOTE = 'headline as logged by a weekly headline monitor; article not read'

export const sourcesCharts: Source[] = [
  // ── Brent around the June 2025 war ─────────────────────────────────────────
  {
    id: 'shipandbunker-brent-2025-06-13',
    kind: 'wire',
    outlet: 'Ship & Bunker',
    title: 'Crude futures surge after Israeli strike on Iran',
    date: '2025-06-13',
    url: 'https://shipandbunker.com/news/world/201615-crude-futures-surge-after-israeli-strike-on-iran',
    note: 'shipping trade press; gives the 12 Jun settlement',
  },
  {
    id: 'devdiscourse-brent-2025-06-13',
    kind: 'mirror',
    outlet: 'Devdiscourse (wire copy)',
    title: 'Middle East tensions ignite oil price surge',
    date: '2025-06-14',
    url: 'https://www.devdiscourse.com/article/headlines/3458771-middle-east-tensions-ignite-oil-price-surge',
    note: 'rewrite of a wire market report',
  },
  {
    id: 'aleasoft-brent-2025-06-20',
    kind: 'mirror',
    outlet: 'Electricity.trade (AleaSoft)',
    title: 'Europe: Brent oil, TTF gas and CO2 futures show volatility amid geopolitical tensions and market demand',
    date: '2025-06',
    url: 'https://electricity.trade/europe-brent-oil-ttf-gas-and-co2-futures-show-volatility-amid-geopolitical-tensions-and-market-demand',
    note: 'weekly ICE settlement report by the energy forecaster AleaSoft, reposted',
  },
  {
    id: 'commoplast-brent-2025-06-24',
    kind: 'mirror',
    outlet: 'Commoplast (wire copy)',
    title: 'Oil extended losses on ceasefire hopes',
    date: '2025-06-24',
    url: 'https://www.commoplast.com/article/pdf/17031/English',
    note: 'copy of a wire market report',
  },
  {
    id: 'finanznachrichten-rtt-2025-06-24',
    kind: 'wire',
    outlet: 'dpa-AFX / RTTNews (via finanznachrichten.de)',
    title: 'Ceasefire in Middle East sends crude oil prices down',
    date: '2025-06-24',
    url: 'https://www.finanznachrichten.de/nachrichten-2025-06/65742834-ceasefire-in-middle-east-sends-crude-oil-prices-down-020.htm',
  },
  // ── Brent before and in the 2026 war ───────────────────────────────────────
  {
    id: 'businesstimes-reuters-brent-2026-02-17',
    kind: 'mirror',
    outlet: 'The Business Times (Reuters), copy on cosmopolitanca.com',
    title: 'Oil prices slide 2% to two-week low on talk of progress in US-Iran talks',
    date: '2026-02-18',
    url: 'https://cosmopolitanca.com/oil-prices-slide-2-to-two-week-low-on-talk-of-progress-in-us-iran-talks',
  },
  {
    id: 'shipandbunker-brent-2026-02-20',
    kind: 'wire',
    outlet: 'Ship & Bunker',
    title: 'Oil posts 5% weekly gain as Tehran announces joint naval exercise with Russia',
    date: '2026-02-20',
    url: 'https://shipandbunker.com/news/world/602215-oil-posts-5-weekly-gain-as-tehran-announces-joint-naval-exercise-with-russia',
    note: 'shipping trade press',
  },
  {
    id: 'shipandbunker-brent-2026-02-27',
    kind: 'wire',
    outlet: 'Ship & Bunker',
    title: 'Thursday’s oil losses become Friday’s 2% gain on the same Iran fears',
    date: '2026-02-27',
    url: 'https://shipandbunker.com/news/world/651319-thursdays-oil-losses-become-fridays-2-gain-on-the-same-iran-fears',
    note: 'shipping trade press',
  },
  {
    id: 'newsghana-brent-2026-02-28',
    kind: 'wire',
    outlet: 'News Ghana',
    title: 'War erupts: oil at $72–73, markets brace for Monday surge',
    date: '2026-02-28',
    url: 'https://www.newsghana.com.gh/war-erupts-oil-at-72-73-markets-brace-for-monday-surge/',
  },
  {
    id: 'cointimes-ap-brent-2026-03-03',
    kind: 'mirror',
    outlet: 'Cointimes (AP market data)',
    title: 'Oil prices surge as Iran closes Strait of Hormuz, threatening supply',
    date: '2026-03-03',
    url: 'https://cointimes.com/oil-prices-surge-as-iran-closes-strait-of-hormuz-threatening-supply',
    note: 'crypto-news site citing AP market data',
  },
  {
    id: 'aljazeera-brent-2026-06-25',
    kind: 'mirror',
    outlet: 'Al Jazeera (copy on wpnews.pro)',
    title: 'Oil prices back to pre-war levels on rising Middle East supply',
    date: '2026-06-25',
    url: 'https://wpnews.pro/news/oil-prices-back-to-pre-war-levels-on-rising-middle-east-supply.json',
    note: 'a news feed’s copy of the Al Jazeera article',
  },
  // ── Second half of 2026 (not in data/sources-2026-h2.ts) ───────────────────
  { id: 'reuters-h-2026-07-22-hormuz-crossings', kind: 'headline', outlet: 'Reuters', title: 'Hormuz vessel crossings extend slide on fresh US-Iran attacks', date: '2026-07-22', url: MSM('07-22'), note: MSM_NOTE },
  { id: 'reuters-h-2026-09-09-oil-nears-100', kind: 'headline', outlet: 'Reuters', title: 'Oil nears $100 as fresh Middle East strikes raise supply risks', date: '2026-09-09', url: MSM('09-09'), note: MSM_NOTE },
  { id: 'reuters-h-2026-09-15-hormuz-dwindles', kind: 'headline', outlet: 'Reuters', title: 'Hormuz traffic dwindles after Middle East attacks intensify', date: '2026-09-15', url: MSM('09-16'), note: MSM_NOTE },
  {
    id: 'songci-104',
    kind: 'mirror',
    outlet: 'News digest (songci-notes), citing AP',
    title: 'Daily world news digest, issue 104',
    date: '2026-09',
    url: 'https://github.com/ibmclub-bit/songci-notes/issues/104',
    note: 'daily news digest (Chinese) that summarises and links BBC, AP, Reuters and Al Jazeera reports; it flags unverified numbers itself',
  },
  // ── Tolls ──────────────────────────────────────────────────────────────────
  {
    id: 'newsx-reuters-judiciary-935',
    kind: 'mirror',
    outlet: 'NewsX (Reuters)',
    title: 'Over 930 killed in Iran during 12-day war with Israel, Iranian judiciary says',
    date: '2025-06-30',
    url: 'https://www.newsx.com/world/over-930-killed-in-iran-during-12day-war-with-israel-iranian-judiciary-says-10712/amp',
    note: 'relays a Reuters report of the judiciary spokesman’s statement of Monday 30 Jun 2025',
  },
]
