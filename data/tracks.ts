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
]
