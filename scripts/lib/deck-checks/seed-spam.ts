/**
 * The SEO spam lines of the seed article (shared/seed/us-iran-talks-article.txt), verbatim:
 * search-engine bait unrelated to the talks that must never leak into the briefing. The unit
 * test lists them again on its own and checks the two lists agree.
 */
export const SEED_SPAM_LINES: readonly string[] = [
  'Lil Jeff Kills',
  'Daisy From Dukes Of Hazzard Now',
  'Seo Rank Tracking Software With Tasks',
  'Arikytsya Of Leaks',
  'Jesse Metcalfe Children',
  'Aja Wilson Boyfriend',
  'How Did Bloodhound Lil Jeff Die',
  'Chance Brown Net Worth',
  'Sandra Smith Political Party',
  'Seann William Scott S',
  'USA Map. Political map of the United States of America. US Map with',
  'United States Map Maps | Images and Photos finder',
  'Mapas de Estados Unidos - Atlas del Mundo',
]
