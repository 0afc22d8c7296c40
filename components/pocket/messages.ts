/**
 * What travels over the pairing's data channel (DTLS-encrypted, laptop ↔ phone only).
 * Laptop → phone: the deck's state, with the current slide's notes (the presenter build has them in
 * memory; they are never in a file the public site serves). Phone → laptop: its token, then commands.
 */
export interface DeckState {
  t: 'state'
  no: number
  total: number
  clicks: number
  clicksTotal: number
  title: string
  nextTitle: string
  /** The current slide's script and cue lines (no handout-only commentary). */
  notes: string
  /** Presentation timer when this was sent. */
  elapsedMs: number
  running: boolean
  /** The slide's time budget (frontmatter `budget`, seconds), when the deck plans one. */
  budgetS?: number
  /** Planned time at which this slide starts: the budgets of the slides before it (seconds). */
  plannedStartS?: number
}

export type PhoneOp = 'next' | 'prev' | 'nextSlide' | 'prevSlide' | 'go'

export interface PhoneCommand {
  t: 'cmd'
  op: PhoneOp
  /** For `go`: the slide number. */
  no?: number
}

export interface PhoneHello {
  t: 'hello'
  token: string
}

export interface Bye {
  t: 'bye'
}

export type LaptopMessage = DeckState | Bye
export type PhoneMessage = PhoneHello | PhoneCommand | Bye

export const CHANNEL_LABEL = 'pocket-presenter'
/** How long the two devices get to find each other once the laptop has the phone's code. */
export const CONNECT_TIMEOUT_MS = 20_000

export function parseMessage<T extends { t: string }>(data: unknown): T | undefined {
  if (typeof data !== 'string' || data.length > 200_000)
    return undefined
  try {
    const value = JSON.parse(data) as unknown
    return value && typeof value === 'object' && typeof (value as { t?: unknown }).t === 'string' ? value as T : undefined
  }
  catch {
    return undefined
  }
}

/** ICE gathering done: every host candidate is in the local description (no trickling: no server to trickle through). */
export function gatheringComplete(pc: RTCPeerConnection): Promise<void> {
  return new Promise((resolve) => {
    if (pc.iceGatheringState === 'complete')
      return resolve()
    const check = (): void => {
      if (pc.iceGatheringState === 'complete') {
        pc.removeEventListener('icegatheringstatechange', check)
        resolve()
      }
    }
    pc.addEventListener('icegatheringstatechange', check)
  })
}

/** `m:ss` (or `h:mm:ss`). */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(s / 3600)
  const m = Math.floor(s / 60) % 60
  const sec = String(s % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`
}
