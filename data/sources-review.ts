import type { Source } from './types'

/**
 * Sources for the facts the December review found missing from the deck (the 21 March
 * ultimatum, the Hormuz fee authority, the NPT question), as listed in the
 * 2026 fact sheet. Kept apart so the rest of the source list stays as graded.
 */
export const sourcesReview: Source[] = [
  {
    id: 'nampa-afp-power-plants-2026-03-21',
    kind: 'mirror',
    outlet: 'NAMPA (AFP copy)',
    title: 'Trump threatens to “obliterate” Iran’s power plants unless Hormuz reopens within 48 hours',
    date: '2026-03-22',
    url: 'https://www.nampa.org/text/22893997',
    note: 'AFP text carried by Namibia’s press agency; title describes the page',
  },
  {
    id: 'fnnews-ap-power-plants-2026-03-22',
    kind: 'mirror',
    outlet: 'Financial News (AP copy)',
    title: 'Trump gives Iran 48 hours to open the Strait of Hormuz',
    date: '2026-03-22',
    url: 'https://en.fnnews.com/news/202603221843372184',
    note: 'AP text carried by a Korean outlet; title describes the page',
  },
  {
    id: '961today-strait-authority',
    kind: 'mirror',
    outlet: '961 Today',
    title: 'US sanctions Iran’s “Persian Gulf Strait Authority”',
    date: '2026-05',
    url: 'https://961today.com/267719/',
    note: 'a minor site; the designation date is given as 27 or 28 May elsewhere and no Treasury release was found',
  },
  {
    id: 'adnkronos-npt-bill-2025-09-29',
    kind: 'wire',
    outlet: 'Adnkronos',
    title: 'Iran parliament takes first steps for NPT withdrawal',
    date: '2025-09-29',
    url: 'https://english.adnkronos.com/2025/09/29/iran-parliament-takes-first-steps-for-npt-withdrawal',
  },
]
