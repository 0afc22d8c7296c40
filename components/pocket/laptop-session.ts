import type { DeckState, PhoneCommand, PhoneMessage } from './messages'
import type { PairingCode } from './pairing-code'
import { reactive } from 'vue'
import { CHANNEL_LABEL, CONNECT_TIMEOUT_MS, gatheringComplete, parseMessage } from './messages'
import { fromBase32, fromSdp, newToken, packCode, PairingCodeError, toBase64Url, toSdp, unpackCode } from './pairing-code'

/**
 * The laptop's side of the pocket presenter: one pairing at a time, kept at module level so the
 * presenter view's controls can be re-rendered without dropping the phone.
 *
 * The laptop makes the offer (no ICE servers: host candidates only, the room's LAN or a phone
 * hotspot), shows it as a link to the public deck's remote page, and accepts exactly one answer:
 * the one echoing this pairing's token, from this deck, while no phone is paired. Tokens of earlier
 * pairings are remembered for the page's life, so an old code gets a clear refusal.
 */
export type LaptopStatus = 'idle' | 'offering' | 'connecting' | 'paired' | 'ended'

export const laptop = reactive({
  status: 'idle' as LaptopStatus,
  /** The phone opens this (the QR code). */
  offerUrl: '',
  /** Why the last pairing ended, or why it could not start. */
  message: '',
})

/** A code the laptop will not take, with the sentence to show. */
export class PairingRefused extends Error {}

let pc: RTCPeerConnection | undefined
let channel: RTCDataChannel | undefined
let token = ''
/** The token of the answer taken: the phone must say it again over the channel. */
let currentAcceptedToken = ''
let deck = 0
let timeout: ReturnType<typeof setTimeout> | undefined
const earlierTokens = new Set<string>()
let commandHandler: (command: PhoneCommand) => void = () => {}
let pairedHandler: () => void = () => {}

export function onPhoneCommand(handler: (command: PhoneCommand) => void): void {
  commandHandler = handler
}

/** Called once the phone is paired, so the current state can be sent at once. */
export function onPaired(handler: () => void): void {
  pairedHandler = handler
}

function remotePageUrl(remoteBase: string, offer: PairingCode): string {
  return `${remoteBase}#/remote?o=${toBase64Url(packCode(offer))}`
}

export async function startPairing(deckId: number, remoteBase: string): Promise<void> {
  endPairing('')
  deck = deckId
  token = newToken()
  laptop.status = 'offering'
  laptop.message = ''
  laptop.offerUrl = ''
  const conn = new RTCPeerConnection({ iceServers: [] })
  pc = conn
  const dc = conn.createDataChannel(CHANNEL_LABEL, { ordered: true })
  channel = dc
  dc.addEventListener('open', () => {
    if (pc !== conn)
      return
    clearTimeout(timeout)
    laptop.status = 'paired'
    laptop.offerUrl = ''
  })
  dc.addEventListener('message', (event) => {
    const message = parseMessage<PhoneMessage>(event.data)
    if (!message || pc !== conn)
      return
    if (message.t === 'hello' && message.token !== currentAcceptedToken)
      endPairing('The phone did not present this pairing\'s token: disconnected.')
    else if (message.t === 'hello')
      pairedHandler()
    else if (message.t === 'cmd')
      commandHandler(message)
    else if (message.t === 'bye')
      endPairing('The phone ended the pairing.')
  })
  dc.addEventListener('close', () => {
    if (pc === conn && laptop.status !== 'ended')
      endPairing(laptop.status === 'paired' ? 'The phone closed the connection (page closed or network lost).' : 'The connection closed before pairing.')
  })
  conn.addEventListener('connectionstatechange', () => {
    if (pc === conn && (conn.connectionState === 'failed' || conn.connectionState === 'closed'))
      endPairing(laptop.status === 'paired' ? 'The connection to the phone was lost.' : 'The devices could not reach each other: see "When pairing fails".')
  })
  await conn.setLocalDescription(await conn.createOffer())
  await gatheringComplete(conn)
  if (pc !== conn)
    return
  const offer = fromSdp(conn.localDescription!.sdp, 'offer', deck, token)
  if (!offer.candidates.length) {
    endPairing('This computer has no network address to offer the phone: join the room\'s Wi-Fi or a phone hotspot.')
    return
  }
  laptop.offerUrl = remotePageUrl(remoteBase, offer)
}

/** Reads the phone's code (scanned or typed) and connects; refuses any code but this pairing's. */
export async function acceptAnswer(text: string): Promise<void> {
  let code: PairingCode
  try {
    code = unpackCode(fromBase32(text))
  }
  catch (error) {
    throw new PairingRefused(error instanceof PairingCodeError ? `Not read: ${error.message}.` : 'Not read: this is not a phone\'s pairing code.')
  }
  if (code.kind !== 'answer')
    throw new PairingRefused('Not read: this is not a phone\'s pairing code.')
  if (code.deck !== deck)
    throw new PairingRefused('Refused: this code was made for another deck.')
  if (laptop.status === 'paired' || laptop.status === 'connecting')
    throw new PairingRefused('Refused: a phone is already paired (or pairing). End that pairing first.')
  if (earlierTokens.has(code.token))
    throw new PairingRefused('Refused: this code belongs to an earlier pairing. Scan the new code on the phone.')
  if (laptop.status !== 'offering' || !pc || code.token !== token)
    throw new PairingRefused('Refused: this code does not belong to this pairing.')
  const conn = pc
  // One answer per token: from here on, the same code (or a second phone with it) is an old code.
  earlierTokens.add(token)
  currentAcceptedToken = token
  laptop.status = 'connecting'
  try {
    await conn.setRemoteDescription(toSdp(code))
  }
  catch {
    endPairing('The phone\'s code could not be used: start pairing again.')
    return
  }
  timeout = setTimeout(() => {
    if (pc === conn && laptop.status === 'connecting')
      endPairing('The devices could not reach each other within 20 s: see "When pairing fails".')
  }, CONNECT_TIMEOUT_MS)
}

export function sendState(state: DeckState): void {
  if (channel?.readyState === 'open' && laptop.status === 'paired')
    channel.send(JSON.stringify(state))
}

/** Ends the pairing (or the attempt); `message` says why, '' for none. */
export function endPairing(message: string): void {
  clearTimeout(timeout)
  if (token)
    earlierTokens.add(token)
  const wasActive = Boolean(pc)
  try {
    if (channel?.readyState === 'open')
      channel.send(JSON.stringify({ t: 'bye' }))
  }
  catch {}
  channel?.close()
  pc?.close()
  channel = undefined
  pc = undefined
  token = ''
  currentAcceptedToken = ''
  laptop.offerUrl = ''
  laptop.status = wasActive ? 'ended' : laptop.status === 'ended' ? 'ended' : 'idle'
  laptop.message = message
}

if (typeof window !== 'undefined')
  window.addEventListener('pagehide', () => endPairing(''))
