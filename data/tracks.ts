import type { Track } from './types'

/**
 * The negotiating tracks. A round names its track by id; components take a track and derive
 * its rounds, their count and its date range, so a new track is one record here.
 */
export const tracks: Track[] = [
  {
    id: 'oman-2025',
    name: 'The 2025 Oman-mediated talks',
    short: '2025 · Oman',
    mediators: ['Oman'],
    summary: 'Witkoff and Araghchi, with Oman’s foreign minister carrying messages, in Muscat and Rome',
    sources: ['mehr-230474', 'epoch-5862472'],
  },
  {
    id: 'oman-2026',
    name: 'The 2026 Oman-mediated talks',
    short: '2026 · Oman',
    mediators: ['Oman'],
    summary: 'Witkoff and Kushner for the US, Araghchi for Iran, with Oman’s foreign minister mediating, in Muscat and Geneva, until the war of 28 Feb',
    sources: ['shafaq-muscat-separate-2026', 'livemint-geneva-2026', 'menafn-third-round-2026'],
  },
  {
    id: 'pakistan-qatar-2026',
    name: 'The 2026 Pakistan- and Qatar-mediated talks',
    short: '2026 · Pakistan–Qatar',
    mediators: ['Pakistan', 'Qatar'],
    summary: 'After the 7 Apr ceasefire: Vance and Qalibaf in Islamabad, the interim MoU of mid-June 2026 (Pakistan’s “Islamabad MoU”), Bürgenstock (the “Lake Lucerne Summit”) and the Doha technical track',
    sources: ['mb-ap-talks-stumble', 'dawn-islamabad-mou', 'jordantimes-afp-doha'],
  },
]
