import type { DeckState, LaptopMessage, PhoneCommand } from './messages'
import type { PairingCode } from './pairing-code'
import { reactive } from 'vue'
import { CHANNEL_LABEL, gatheringComplete, parseMessage } from './messages'
import { fromBase64Url, fromSdp, packCode, PairingCodeError, toBase32, toSdp, unpackCode } from './pairing-code'

/**
 * The phone's side: it answers the laptop's offer (from the link it opened), shows its answer as a
 * QR code and a typed code, and once the laptop connects, receives the deck's state and sends
 * commands. The phone's page is the public deck's `#/remote` route: no notes in it, ever; they
 * arrive over the encrypted channel and live only in this page's memory.
 */
export type PhoneStatus = 'answering' | 'waiting' | 'paired' | 'ended' | 'refused'

export const phone = reactive({
  status: 'answering' as PhoneStatus,
  /** For the laptop's camera: with this phone's addresses. */
  qrCode: '',
  /** To type: credentials only (the laptop then learns the phone's address when it calls). */
  typedCode: '',
  message: '',
  state: undefined as DeckState | undefined,
  /** performance.now() when `state` arrived, to run the timer on between updates. */
  stateAt: 0,
})

let pc: RTCPeerConnection | undefined
let channel: RTCDataChannel | undefined

export async function answerOffer(encoded: string, deck: number): Promise<void> {
  let offer: PairingCode
  try {
    offer = unpackCode(fromBase64Url(encoded))
  }
  catch (error) {
    refuse(`This pairing link is damaged${error instanceof PairingCodeError ? ` (${error.message})` : ''}. Scan the code on the laptop again.`)
    return
  }
  if (offer.kind !== 'offer') {
    refuse('This is not a pairing link from the presenter\'s laptop.')
    return
  }
  if (offer.deck !== deck) {
    refuse('This pairing link is for another deck. Open the link shown by this deck\'s presenter view.')
    return
  }
  const conn = new RTCPeerConnection({ iceServers: [] })
  pc = conn
  conn.addEventListener('datachannel', (event) => {
    if (event.channel.label !== CHANNEL_LABEL)
      return
    const dc = event.channel
    channel = dc
    const hello = (): void => {
      dc.send(JSON.stringify({ t: 'hello', token: offer.token }))
      phone.status = 'paired'
    }
    if (dc.readyState === 'open')
      hello()
    else
      dc.addEventListener('open', hello)
    dc.addEventListener('message', (message) => {
      const data = parseMessage<LaptopMessage>(message.data)
      if (data?.t === 'state') {
        phone.state = data
        phone.stateAt = performance.now()
      }
      else if (data?.t === 'bye') {
        end('The laptop ended the pairing.')
      }
    })
    dc.addEventListener('close', () => end(phone.status === 'paired' ? 'The laptop closed the connection.' : 'The connection closed.'))
  })
  conn.addEventListener('connectionstatechange', () => {
    if (conn.connectionState === 'failed')
      end('The connection to the laptop was lost.')
  })
  try {
    await conn.setRemoteDescription(toSdp(offer))
    await conn.setLocalDescription(await conn.createAnswer())
    await gatheringComplete(conn)
  }
  catch {
    refuse('This browser could not answer the laptop\'s offer.')
    return
  }
  const answer = fromSdp(conn.localDescription!.sdp, 'answer', deck, offer.token)
  phone.qrCode = toBase32(packCode(answer))
  phone.typedCode = toBase32(packCode({ ...answer, candidates: [] }))
  phone.status = 'waiting'
}

export function sendCommand(command: Omit<PhoneCommand, 't'>): void {
  if (channel?.readyState === 'open')
    channel.send(JSON.stringify({ t: 'cmd', ...command }))
}

function refuse(message: string): void {
  phone.status = 'refused'
  phone.message = message
}

export function end(message: string): void {
  if (phone.status === 'ended' || phone.status === 'refused')
    return
  try {
    if (channel?.readyState === 'open')
      channel.send(JSON.stringify({ t: 'bye' }))
  }
  catch {}
  channel?.close()
  pc?.close()
  channel = undefined
  pc = undefined
  phone.status = 'ended'
  phone.message = message
  phone.state = undefined
}

if (typeof window !== 'undefined')
  window.addEventListener('pagehide', () => end(''))
