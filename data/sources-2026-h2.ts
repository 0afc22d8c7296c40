import type { Source } from './types'

/**
 * Sources for 2 Jul – 7 Oct 2026 (shared/research/facts-2026-h2.md). The web-page corpus
 * stops on 1 Jul 2026, so most of these are outlets' own headlines as carried by a weekly
 * headline monitor (kind 'headline': the headline is evidence for what it says and nothing
 * more), a daily news digest that links BBC, AP, Reuters and Al Jazeera ('mirror'), and
 * AI-written compilations ('lead': never evidence on their own). None of the pages of
 * facts-2026-h2.md §13 is cited here.
 */

/** The weekly archive file that carries a headline: each covers the 7 days ending on its date. */
const MSM = (mmdd: string) => `https://github.com/mikloshetzer-sketch/me-security-monitor/blob/main/archive/brief_2026-${mmdd}.md`
const MSM_NOTE = 'headline as logged by a weekly headline monitor; article not read'
/** The Chinese-language daily digest: issue numbers run about four a day; its date is Beijing time. */
const SONGCI = (n: number) => `https://github.com/ibmclub-bit/songci-notes/issues/${n}`
const SONGCI_NOTE = 'daily news digest (Chinese) that summarises and links BBC, AP, Reuters and Al Jazeera reports; it flags unverified numbers itself'
const GEOBRIEF_NOTE = 'AI-written forecasting log: a lead, never evidence on its own'

export const sourcesH2: Source[] = [
  // ── July: the truce collapses ──────────────────────────────────────────────
  { id: 'reuters-h-2026-07-07-strikes-sanctions', kind: 'headline', outlet: 'Reuters', title: 'US launches new strikes on Iran after reinstating oil sanctions over shipping attacks', date: '2026-07-07', url: MSM('07-08'), note: MSM_NOTE },
  { id: 'reuters-h-2026-07-07-centcom', kind: 'headline', outlet: 'Reuters', title: 'US military launches strikes against Iran, Central Command says', date: '2026-07-07', url: MSM('07-08'), note: MSM_NOTE },
  { id: 'aljazeera-h-2026-07-08-funeral', kind: 'headline', outlet: 'Al Jazeera', title: 'US strikes Iran despite promised pause for Khamenei funeral', date: '2026-07-08', url: MSM('07-08'), note: MSM_NOTE },
  { id: 'bloomberg-h-2026-07-08-ceasefire-over', kind: 'headline', outlet: 'Bloomberg', title: 'Trump says US ceasefire with Iran is over after strikes', date: '2026-07-08', url: 'https://www.bloomberg.com/news/articles/2026-07-08/trump-says-us-ceasefire-with-iran-is-over-after-strikes', note: 'title and address as listed in an AI-written market note; the page was not read' },
  { id: 'cnbc-h-2026-07-08-ceasefire-over', kind: 'headline', outlet: 'CNBC', title: 'Trump says Iran ceasefire is over after latest round of strikes', date: '2026-07-08', url: 'https://www.cnbc.com/2026/07/08/trump-says-iran-ceasefire-is-over-after-latest-round-of-strikes.html', note: 'title read off the address, as listed in an AI-written market note; the page was not read' },
  { id: 'reuters-h-2026-07-08-bahrain-kuwait', kind: 'headline', outlet: 'Reuters', title: 'Iran targets sites in Bahrain, Kuwait after wave of US strikes', date: '2026-07-08', url: MSM('07-08'), note: MSM_NOTE },
  { id: 'aljazeera-h-2026-07-08-southern-iran', kind: 'headline', outlet: 'Al Jazeera', title: 'US strikes southern Iran, Tehran claims attacks on US military sites', date: '2026-07-08', url: MSM('07-08'), note: MSM_NOTE },
  { id: 'reuters-h-2026-07-14-blockade', kind: 'headline', outlet: 'Reuters', title: 'Trump resumes Iran port blockade and threatens strikes on energy targets', date: '2026-07-14', url: MSM('07-15'), note: MSM_NOTE },
  { id: 'bbc-h-2026-07-14-uae-tankers', kind: 'headline', outlet: 'BBC', title: 'UAE condemns Iran’s ‘brazen’ attack on tankers as US launches fresh strikes', date: '2026-07-14', url: MSM('07-15'), note: MSM_NOTE },
  { id: 'bbc-h-2026-07-14-houthis-saudi', kind: 'headline', outlet: 'BBC', title: 'Yemen’s Houthis launch missiles at Saudi Arabia after strikes on Sanaa airport', date: '2026-07-14', url: MSM('07-15'), note: MSM_NOTE },
  { id: 'bbc-h-2026-07-15-bridges', kind: 'headline', outlet: 'BBC', title: 'Trump threatens to bomb bridges and power plants unless Iran resumes talks', date: '2026-07-15', url: MSM('07-15'), note: MSM_NOTE },
  { id: 'euronews-h-2026-07-18-jordan', kind: 'headline', outlet: 'Euronews', title: 'Two US troops killed in Jordan by Iranian attacks, US military says', date: '2026-07-18', url: 'https://www.euronews.com/2026/07/18/two-us-troops-killed-in-jordan-by-iranian-attacks-us-military-says', note: 'title and address as listed in an AI-written news file; the page was not read' },
  { id: 'aljazeera-h-2026-07-19-jordan', kind: 'headline', outlet: 'Al Jazeera', title: 'US launches new Iran strikes after two soldiers killed', date: '2026-07-19', url: 'https://www.aljazeera.com/news/2026/7/19/us-launches-new-iran-strikes-after-two-soldiers-killed-whats-the-latest', note: 'title and address as listed in an AI-written news file; the page was not read' },
  { id: 'reuters-h-2026-07-21-tenth-night', kind: 'headline', outlet: 'Reuters', title: 'US military completes its latest strikes on Iran, marking the 10th successive night of attacks', date: '2026-07-21', url: MSM('07-22'), note: MSM_NOTE },
  { id: 'reuters-h-2026-07-21-houthi-blockade', kind: 'headline', outlet: 'Reuters', title: 'Oil prices rise to five-week high on US-Iran attacks, Houthi blockade threat', date: '2026-07-21', url: MSM('07-22'), note: MSM_NOTE },
  { id: 'reuters-h-2026-07-22-eleventh-night', kind: 'headline', outlet: 'Reuters', title: 'US military says its latest strikes on Iran have ended, marking 11th successive night of attacks', date: '2026-07-22', url: MSM('07-22'), note: MSM_NOTE },
  { id: 'aljazeera-h-2026-07-22-eleventh-night', kind: 'headline', outlet: 'Al Jazeera', title: 'US attacks Iran for 11th consecutive night', date: '2026-07-22', url: MSM('07-22'), note: MSM_NOTE },
  { id: 'cnbc-h-2026-07-23-houthis', kind: 'headline', outlet: 'CNBC', title: 'Trump says U.S. will hold Iran responsible for Houthi attacks after oil tankers targeted in Red Sea', date: '2026-07-23', url: 'https://www.cnbc.com/2026/07/23/iran-war-us-trump-houthis-red-sea-oil.html', note: 'title as quoted in an AI-written brief; the page was not read' },
  { id: 'reuters-h-2026-07-28-intercepted', kind: 'headline', outlet: 'Reuters', title: 'US says it intercepted Iranian ballistic missiles launched towards US forces in Middle East', date: '2026-07-28', url: MSM('07-29'), note: MSM_NOTE },
  { id: 'aljazeera-h-2026-07-29-jordan-pause', kind: 'headline', outlet: 'Al Jazeera', title: 'Iran missiles target US forces in Jordan after a five-day pause in war', date: '2026-07-29', url: MSM('07-29'), note: MSM_NOTE },
  { id: 'bbc-h-2026-07-29-lull', kind: 'headline', outlet: 'BBC', title: 'Iran and US trade strikes, shattering brief lull in fighting', date: '2026-07-29', url: MSM('07-29'), note: MSM_NOTE },
  { id: 'reuters-h-2026-07-29-iraq', kind: 'headline', outlet: 'Reuters', title: 'US, Saudis attack Iran-backed groups in Iraq, threatening to intensify conflict', date: '2026-07-29', url: MSM('07-29'), note: MSM_NOTE },

  // ── August: the window lapses, economic war ────────────────────────────────
  { id: 'bbc-h-2026-08-02-cancels', kind: 'headline', outlet: 'BBC', title: 'Trump cancels Iran strikes subject to deal being made ‘rapidly’', date: '2026-08-02', url: MSM('08-05'), note: MSM_NOTE },
  { id: 'reuters-h-2026-08-03-decapitation', kind: 'headline', outlet: 'Reuters', title: 'Trump says Iran faces ‘decapitation’ if it doesn’t strike deal', date: '2026-08-03', url: MSM('08-05'), note: MSM_NOTE },
  { id: 'economist-2026-08-22-world-this-week', kind: 'wire', outlet: 'The Economist', title: 'The world this week: Politics (issue of 22 Aug 2026)', date: '2026-08-22', url: 'https://raw.githubusercontent.com/hehonghui/awesome-english-ebooks/master/01_economist/te_2026.08.22/TheEconomist.2026.08.22.epub', note: 'text read in a copy of the issue’s e-book' },
  { id: 'songci-20', kind: 'mirror', outlet: 'News digest (songci-notes), citing AP and Al Jazeera', title: 'Daily world news digest, issue 20', date: '2026-08', url: SONGCI(20), note: SONGCI_NOTE },
  { id: 'songci-24', kind: 'mirror', outlet: 'News digest (songci-notes), citing BBC and CNN', title: 'Daily world news digest, issue 24', date: '2026-08', url: SONGCI(24), note: SONGCI_NOTE },
  { id: 'reuters-h-2026-08-17-oman', kind: 'headline', outlet: 'Reuters', title: 'Trump says Iran won’t make deal he thinks is needed, threatens to bomb Oman', date: '2026-08-17', url: MSM('08-19'), note: MSM_NOTE },
  { id: 'aljazeera-h-2026-08-18-oman', kind: 'headline', outlet: 'Al Jazeera', title: 'Why has Trump threatened to bomb Oman – for a second time?', date: '2026-08-18', url: MSM('08-19'), note: MSM_NOTE },
  { id: 'reuters-h-2026-08-18-no-talks', kind: 'headline', outlet: 'Reuters', title: 'Trump says no talks planned with Iran, Tehran says Strait of Hormuz still shut', date: '2026-08-18', url: 'https://www.reuters.com/world/middle-east/trump-says-no-talks-planned-with-iran-tehran-says-strait-hormuz-still-shut-2026-08-18/', note: 'headline read off the address, as linked in a news digest; the page was not read' },
  { id: 'songci-28', kind: 'mirror', outlet: 'News digest (songci-notes)', title: 'Daily world news digest, issue 28', date: '2026-08', url: SONGCI(28), note: SONGCI_NOTE },
  { id: 'reuters-h-2026-08-18-uae-missiles', kind: 'headline', outlet: 'Reuters', title: 'UAE says two missiles detected earlier were launched from Iran', date: '2026-08-18', url: MSM('08-19'), note: MSM_NOTE },
  { id: 'aljazeera-h-2026-08-19-uae-embargo', kind: 'headline', outlet: 'Al Jazeera', title: 'UAE imposes indefinite trade embargo on Iran over alleged missile attacks', date: '2026-08-19', url: MSM('08-19'), note: MSM_NOTE },
  { id: 'treasury-2026-08-24-economic-outcast', kind: 'official', outlet: 'US Treasury', title: 'Remarks from Secretary of the Treasury Scott Bessent on Operation Economic Outcast against Iran', date: '2026-08-24', url: 'https://home.treasury.gov/news/press-releases/remarks-from-secretary-of-the-treasury-scott-bessent-on-operation-economic-outcast-against-iran', note: 'title and address as linked in a news digest; what it announced is as the digest summarises BBC, Al Jazeera and AP' },
  { id: 'songci-52', kind: 'mirror', outlet: 'News digest (songci-notes), citing BBC, Al Jazeera and AP', title: 'Daily world news digest, issue 52', date: '2026-08', url: SONGCI(52), note: SONGCI_NOTE },

  // ── Late August to September: exchanges resume ─────────────────────────────
  { id: 'songci-72', kind: 'mirror', outlet: 'News digest (songci-notes), citing BBC and AP', title: 'Daily world news digest · 2026-09-01, issue 72', date: '2026-09-01', url: SONGCI(72), note: SONGCI_NOTE },
  { id: 'geobrief-log', kind: 'lead', outlet: 'GeoBrief (AI-written war log on GitHub)', title: 'log/events.md', date: '2026-10', url: 'https://github.com/abrandt1897/GeoBrief/blob/91c0a27d0a05925413a2b0225bb2991e7fe3f1e3/log/events.md', note: GEOBRIEF_NOTE },
  { id: 'reuters-h-2026-09-01-hits-back', kind: 'headline', outlet: 'Reuters', title: 'US launches new strikes on Iran and Tehran hits back in widening conflict', date: '2026-09-01', url: MSM('09-02'), note: MSM_NOTE },
  { id: 'reuters-h-2026-09-02-lull-over', kind: 'headline', outlet: 'Reuters', title: 'US and Iran exchange attacks as lull in war appears over', date: '2026-09-02', url: MSM('09-02'), note: MSM_NOTE },
  { id: 'aljazeera-h-2026-09-02-kill-11', kind: 'headline', outlet: 'Al Jazeera', title: 'Iran claims attacks on Bahrain, Jordan, Iraq after US strikes kill 11', date: '2026-09-02', url: MSM('09-02'), note: MSM_NOTE },
  { id: 'bbc-h-2026-09-02-wedding', kind: 'headline', outlet: 'BBC', title: 'Iran attacks US bases in Middle East after reports US strike killed five at wedding party', date: '2026-09-02', url: MSM('09-02'), note: MSM_NOTE },
  { id: 'aljazeera-h-2026-09-02-sirik', kind: 'headline', outlet: 'Al Jazeera', title: 'Iran says US bombed a wedding party in Sirik, killing five people', date: '2026-09-02', url: MSM('09-02'), note: MSM_NOTE },
  { id: 'songci-80', kind: 'mirror', outlet: 'News digest (songci-notes), citing BBC, Reuters and Iran’s Red Crescent', title: 'Daily world news digest, issue 80', date: '2026-09', url: SONGCI(80), note: SONGCI_NOTE },
  { id: 'songci-92', kind: 'mirror', outlet: 'News digest (songci-notes), citing CENTCOM and BBC', title: 'Daily world news digest, issue 92', date: '2026-09', url: SONGCI(92), note: SONGCI_NOTE },
  { id: 'bbc-h-2026-09-09-tankers', kind: 'headline', outlet: 'BBC', title: 'US strikes Iranian oil tankers as Tehran targets American base in Jordan', date: '2026-09-09', url: MSM('09-09'), note: MSM_NOTE },
  { id: 'aljazeera-h-2026-09-09-tankers', kind: 'headline', outlet: 'Al Jazeera', title: 'US strikes 5 Iranian oil tankers; Tehran targets Jordan base, US warships', date: '2026-09-09', url: MSM('09-09'), note: MSM_NOTE },
  { id: 'reuters-h-2026-09-09-sunk', kind: 'headline', outlet: 'Reuters', title: 'Iran attacks US base in Jordan, ships near Hormuz after tankers sunk', date: '2026-09-09', url: MSM('09-09'), note: MSM_NOTE },
  { id: 'bbc-h-2026-09-19-riyadh', kind: 'headline', outlet: 'BBC', title: 'Houthis say they targeted Saudi capital with ballistic missiles', date: '2026-09-19', url: MSM('09-23'), note: MSM_NOTE },
  { id: 'reuters-h-2026-09-20-riyadh', kind: 'headline', outlet: 'Reuters', title: 'Flames, smoke seen near Riyadh airport; Houthis claim attacks on Saudi capital', date: '2026-09-20', url: MSM('09-23'), note: MSM_NOTE },
  { id: 'aljazeera-h-2026-09-21-resume', kind: 'headline', outlet: 'Al Jazeera', title: 'Iran’s military says US preparing to resume strikes', date: '2026-09-21', url: MSM('09-23'), note: MSM_NOTE },
  { id: 'bbc-h-2026-09-22-g7-houthis', kind: 'headline', outlet: 'BBC', title: 'Iran must stop arming Houthis in Yemen, G7 says ahead of UN General Assembly', date: '2026-09-22', url: MSM('09-23'), note: MSM_NOTE },

  // ── October: the newest credible reporting ─────────────────────────────────
  { id: 'aljazeera-h-2026-10-02-carrier', kind: 'headline', outlet: 'Al Jazeera', title: 'New aircraft carrier, 10,000 US troops: Is the Iran war about to escalate?', date: '2026-10-02', url: 'https://www.aljazeera.com/news/2026/10/2/new-aircraft-carrier-10000-us-troops-is-the-iran-war-about-to-escalate', note: 'title, address and summary as given in an AI-written morning brief; the page was not read' },
  { id: 'geobrief-state', kind: 'lead', outlet: 'GeoBrief (AI-written war log on GitHub)', title: 'state/current.md (last updated 8 Oct 2026)', date: '2026-10-08', url: 'https://github.com/abrandt1897/GeoBrief/blob/9550dd860a6930cefca8aebb02bf67b82bcfc250/state/current.md', note: GEOBRIEF_NOTE },
  { id: 'g7-2026-10-02-energy', kind: 'official', outlet: 'Council of the EU (G7 leaders)', title: 'G7 Leaders’ Statement on global energy security and market stability', date: '2026-10-02', url: 'https://www.consilium.europa.eu/en/press/press-releases/2026/10/02/g7-leaders-statement-on-global-energy-security-and-market-stability/', note: 'title and address as cited in an AI-written morning brief; the page was not read' },
  { id: 'aljazeera-h-2026-10-04-hard-way', kind: 'headline', outlet: 'Al Jazeera (live blog headline)', title: 'Iran war live: Yemeni forces strike Sanaa as Trump warns Tehran of hard way', date: '2026-10-04', url: 'https://www.aljazeera.com/news/liveblog/2026/10/4/iran-war-live-yemeni-forces-strike-sanaa-as-trump-warns-tehran-of-hard-way', note: 'title read off the address, as linked in an AI-written morning brief; the page was not read' },
  { id: 'aljazeera-h-2026-10-07-oman-tanker', kind: 'headline', outlet: 'Al Jazeera', title: 'Oman evacuates injured crew from attacked tanker in Strait of Hormuz', date: '2026-10-07', url: MSM('10-07'), note: MSM_NOTE },
  { id: 'reuters-h-2026-10-07-aden', kind: 'headline', outlet: 'Reuters', title: 'Houthis attack Aden airport as fighting intensifies in Yemen', date: '2026-10-07', url: MSM('10-07'), note: MSM_NOTE },
]
