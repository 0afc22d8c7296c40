/**
 * The two codes that pair the presenter's laptop with one phone, without a signalling server.
 * A WebRTC session description is about 600 bytes of text; what the other side cannot invent is
 * much less: the ICE username and password, the DTLS certificate's SHA-256 fingerprint and the
 * host candidates. Those travel in a compact binary form (base64url in the offer's URL, Crockford
 * base32 in the answer, which QR codes carry in their dense alphanumeric mode and people can type)
 * and each side rebuilds a standard data-channel-only SDP from them.
 *
 * Every code also carries the deck's id (a hash of its title) and the pairing's one-time token:
 * the phone echoes the token, and the laptop accepts an answer only for its current token.
 */

export type CodeKind = 'offer' | 'answer'

export interface Candidate {
  /** IPv4, IPv6 or an mDNS name (`<uuid>.local`, what browsers show instead of a private address). */
  address: string
  port: number
}

export interface PairingCode {
  kind: CodeKind
  /** 16-bit hash of the deck's title: a code from another deck is recognised as such. */
  deck: number
  /** The pairing's one-time token, 8 random bytes as 16 hex digits. */
  token: string
  ufrag: string
  pwd: string
  /** SHA-256 fingerprint of the sender's DTLS certificate, 32 bytes as upper-case hex. */
  fingerprint: string
  candidates: Candidate[]
}

/** A code that cannot be read: mistyped, cut off, or not a pairing code at all. */
export class PairingCodeError extends Error {}

const VERSION = 1
const KIND_BYTE: Record<CodeKind, number> = { offer: 0x10 | VERSION, answer: 0x20 | VERSION }
const TOKEN_BYTES = 8
const FINGERPRINT_BYTES = 32
const ADDR_IPV4 = 4
const ADDR_IPV6 = 6
const ADDR_MDNS = 1
/** The ICE character set (RFC 8839 ice-char): ALPHA / DIGIT / "+" / "/", six bits a character. */
const ICE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** Crockford's base32: no I, L, O, U, so a typed 1/l or 0/o cannot be misread. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** FNV-1a of the title, folded to 16 bits. */
export function deckId(title: string): number {
  let hash = 0x811C9DC5
  for (const byte of new TextEncoder().encode(title)) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash >>> 16) ^ (hash & 0xFFFF)
}

export function newToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(TOKEN_BYTES))].map(b => b.toString(16).padStart(2, '0')).join('')
}

/** CRC-16/CCITT-FALSE: catches a mistyped or swapped character in the typed code. */
function crc16(bytes: Uint8Array): number {
  let crc = 0xFFFF
  for (const byte of bytes) {
    crc ^= byte << 8
    for (let i = 0; i < 8; i++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF
  }
  return crc
}

class Writer {
  private bytes: number[] = []
  u8(value: number): void {
    this.bytes.push(value & 0xFF)
  }

  u16(value: number): void {
    this.u8(value >> 8)
    this.u8(value)
  }

  raw(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++)
      this.u8(values[i])
  }

  iceString(value: string): void {
    if (value.length > 255 || [...value].some(c => !ICE_CHARS.includes(c)))
      throw new PairingCodeError(`not an ICE credential: ${JSON.stringify(value)}`)
    this.u8(value.length)
    let acc = 0
    let bits = 0
    for (const c of value) {
      acc = (acc << 6) | ICE_CHARS.indexOf(c)
      bits += 6
      while (bits >= 8) {
        bits -= 8
        this.u8(acc >> bits)
      }
    }
    if (bits)
      this.u8(acc << (8 - bits))
  }

  done(): Uint8Array {
    const body = Uint8Array.from(this.bytes)
    const crc = crc16(body)
    return Uint8Array.from([...body, crc >> 8, crc & 0xFF])
  }
}

class Reader {
  private at = 0
  constructor(private bytes: Uint8Array) {}
  u8(): number {
    if (this.at >= this.bytes.length)
      throw new PairingCodeError('the code is cut off')
    return this.bytes[this.at++]
  }

  u16(): number {
    return (this.u8() << 8) | this.u8()
  }

  raw(n: number): Uint8Array {
    const out = new Uint8Array(n)
    for (let i = 0; i < n; i++)
      out[i] = this.u8()
    return out
  }

  iceString(): string {
    const length = this.u8()
    const packed = this.raw(Math.ceil(length * 6 / 8))
    let acc = 0
    let bits = 0
    let out = ''
    for (const byte of packed) {
      acc = ((acc << 8) | byte) & 0xFFFF
      bits += 8
      while (bits >= 6 && out.length < length) {
        bits -= 6
        out += ICE_CHARS[(acc >> bits) & 63]
      }
    }
    return out
  }

  get rest(): number {
    return this.bytes.length - this.at
  }
}

const hex = (bytes: Uint8Array, sep = ''): string => [...bytes].map(b => b.toString(16).padStart(2, '0').toUpperCase()).join(sep)
function fromHex(text: string): Uint8Array {
  const clean = text.replace(/[^0-9a-f]/gi, '')
  return Uint8Array.from(clean.match(/../g) ?? [], h => Number.parseInt(h, 16))
}

function writeAddress(w: Writer, { address, port }: Candidate): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address)
  const mdns = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\.local$/i.exec(address)
  if (v4) {
    w.u8(ADDR_IPV4)
    w.raw(v4.slice(1).map(Number))
  }
  else if (mdns) {
    w.u8(ADDR_MDNS)
    w.raw(fromHex(mdns.slice(1).join('')))
  }
  else if (address.includes(':')) {
    const ip6 = expandIpv6(address)
    if (!ip6)
      return false
    w.u8(ADDR_IPV6)
    w.raw(ip6)
  }
  else {
    return false
  }
  w.u16(port)
  return true
}

function expandIpv6(address: string): Uint8Array | undefined {
  const [head, tail, extra] = address.split('::')
  if (extra !== undefined)
    return undefined
  const left = head ? head.split(':') : []
  const right = tail !== undefined ? (tail ? tail.split(':') : []) : []
  const missing = 8 - left.length - right.length
  if (missing < 0 || (tail === undefined && missing !== 0))
    return undefined
  const groups: string[] = [...left, ...Array.from<string>({ length: missing }).fill('0'), ...right]
  if (groups.some(g => !/^[0-9a-f]{1,4}$/i.test(g)))
    return undefined
  return Uint8Array.from(groups.flatMap(g => [Number.parseInt(g, 16) >> 8, Number.parseInt(g, 16) & 0xFF]))
}

function readAddress(r: Reader): Candidate {
  const type = r.u8()
  let address: string
  if (type === ADDR_IPV4) {
    address = [...r.raw(4)].join('.')
  }
  else if (type === ADDR_IPV6) {
    const b = r.raw(16)
    address = Array.from({ length: 8 }, (_, i) => ((b[2 * i] << 8) | b[2 * i + 1]).toString(16)).join(':')
  }
  else if (type === ADDR_MDNS) {
    const h = hex(r.raw(16)).toLowerCase()
    address = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}.local`
  }
  else {
    throw new PairingCodeError('the code has an unknown address type')
  }
  return { address, port: r.u16() }
}

export function packCode(code: PairingCode): Uint8Array {
  const w = new Writer()
  w.u8(KIND_BYTE[code.kind])
  w.u16(code.deck)
  const token = fromHex(code.token)
  if (token.length !== TOKEN_BYTES)
    throw new PairingCodeError('the token must be 8 bytes')
  w.raw(token)
  w.iceString(code.ufrag)
  w.iceString(code.pwd)
  const fingerprint = fromHex(code.fingerprint)
  if (fingerprint.length !== FINGERPRINT_BYTES)
    throw new PairingCodeError('only SHA-256 certificate fingerprints are supported')
  w.raw(fingerprint)
  const candidates = code.candidates.slice(0, 8)
  const kept = new Writer()
  let count = 0
  for (const c of candidates) {
    if (writeAddress(kept, c))
      count++
  }
  w.u8(count)
  w.raw(kept.done().slice(0, -2))
  return w.done()
}

export function unpackCode(bytes: Uint8Array): PairingCode {
  if (bytes.length < 3)
    throw new PairingCodeError('the code is cut off')
  const body = bytes.slice(0, -2)
  if (crc16(body) !== ((bytes[bytes.length - 2] << 8) | bytes[bytes.length - 1]))
    throw new PairingCodeError('the code has a typo (its check digits do not match)')
  const r = new Reader(body)
  const kindByte = r.u8()
  const kind = (Object.keys(KIND_BYTE) as CodeKind[]).find(k => KIND_BYTE[k] === kindByte)
  if (!kind)
    throw new PairingCodeError('not a pairing code of this version')
  const deck = r.u16()
  const token = hex(r.raw(TOKEN_BYTES)).toLowerCase()
  const ufrag = r.iceString()
  const pwd = r.iceString()
  const fingerprint = hex(r.raw(FINGERPRINT_BYTES))
  const count = r.u8()
  const candidates = Array.from({ length: count }, () => readAddress(r))
  if (r.rest)
    throw new PairingCodeError('the code is longer than expected')
  return { kind, deck, token, ufrag, pwd, fingerprint, candidates }
}

export function toBase64Url(bytes: Uint8Array): string {
  let text = ''
  for (const b of bytes)
    text += String.fromCharCode(b)
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function fromBase64Url(text: string): Uint8Array {
  const clean = text.trim().replace(/-/g, '+').replace(/_/g, '/')
  if (!/^[A-Z0-9+/]*$/i.test(clean))
    throw new PairingCodeError('the link is damaged')
  const bin = atob(clean + '='.repeat((4 - clean.length % 4) % 4))
  return Uint8Array.from(bin, c => c.charCodeAt(0))
}

export function toBase32(bytes: Uint8Array): string {
  let out = ''
  let acc = 0
  let bits = 0
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xFFFF
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += BASE32[(acc >> bits) & 31]
    }
  }
  if (bits)
    out += BASE32[(acc << (5 - bits)) & 31]
  return out
}

/** Case, spaces and dashes do not matter; O/I/L typed for 0/1/1 are read as meant. */
export function fromBase32(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  const out: number[] = []
  let acc = 0
  let bits = 0
  for (const c of clean) {
    const v = BASE32.indexOf(c)
    if (v < 0)
      throw new PairingCodeError(`the code has a character that is not in it: ${JSON.stringify(c)}`)
    acc = ((acc << 5) | v) & 0xFFFF
    bits += 5
    if (bits >= 8) {
      bits -= 8
      out.push((acc >> bits) & 0xFF)
    }
  }
  return Uint8Array.from(out)
}

/** The typed form: groups of four, easy to read out and compare. */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join(' ') ?? ''
}

/** What a pairing code needs from a local description (after ICE gathering completed). */
export function fromSdp(sdp: string, kind: CodeKind, deck: number, token: string): PairingCode {
  const line = (name: string): string | undefined => new RegExp(`^a=${name}:(.+)$`, 'm').exec(sdp)?.[1].trim()
  const ufrag = line('ice-ufrag')
  const pwd = line('ice-pwd')
  const fp = /^a=fingerprint:sha-256 (\S+)$/im.exec(sdp)?.[1]
  if (!ufrag || !pwd || !fp)
    throw new PairingCodeError('the browser\'s session description has no ICE credentials or SHA-256 fingerprint')
  const candidates: Candidate[] = []
  for (const m of sdp.matchAll(/^a=candidate:\S+ 1 udp \d+ (\S+) (\d+) typ host/gim))
    candidates.push({ address: m[1], port: Number(m[2]) })
  return { kind, deck, token, ufrag, pwd, fingerprint: fp.replace(/:/g, '').toUpperCase(), candidates }
}

/**
 * A standard data-channel-only description rebuilt from a code: what Chromium, Firefox and Safari
 * produce for `createDataChannel` alone, with the sender's credentials, certificate and candidates.
 * The offerer leaves the DTLS role open (actpass); the answerer takes the client role (active).
 */
export function toSdp(code: PairingCode): RTCSessionDescriptionInit {
  const fingerprint = code.fingerprint.match(/../g)!.join(':')
  const lines = [
    'v=0',
    `o=- ${Date.now()} 2 IN IP4 127.0.0.1`,
    's=-',
    't=0 0',
    'a=group:BUNDLE 0',
    'a=msid-semantic: WMS',
    'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
    'c=IN IP4 0.0.0.0',
    ...code.candidates.map((c, i) => `a=candidate:${i + 1} 1 udp ${2122260223 - i} ${c.address} ${c.port} typ host`),
    ...(code.candidates.length ? ['a=end-of-candidates'] : []),
    `a=ice-ufrag:${code.ufrag}`,
    `a=ice-pwd:${code.pwd}`,
    `a=fingerprint:sha-256 ${fingerprint}`,
    `a=setup:${code.kind === 'offer' ? 'actpass' : 'active'}`,
    'a=mid:0',
    'a=sctp-port:5000',
    'a=max-message-size:262144',
  ]
  return { type: code.kind, sdp: `${lines.join('\r\n')}\r\n` }
}
