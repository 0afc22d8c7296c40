import { open } from 'node:fs/promises'

const SIGNATURE = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
/** 'IHDR' in ASCII: the first chunk of every PNG, which holds the size. */
const IHDR = [0x49, 0x48, 0x44, 0x52]
/** Signature (8) + IHDR length (4) + type (4) + width (4) + height (4). */
const HEADER_BYTES = 24

/** Width and height of a PNG, from its IHDR chunk; `name` (a file) goes into the error. */
export function pngSize(png: Uint8Array, name = 'the data'): { width: number, height: number } {
  if (png.length < HEADER_BYTES || SIGNATURE.some((b, i) => png[i] !== b) || IHDR.some((b, i) => png[12 + i] !== b))
    throw new Error(`${name} is not a PNG (no PNG signature and IHDR chunk in its first ${HEADER_BYTES} bytes)`)
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** `pngSize` of a file, reading only its first 24 bytes. */
export async function pngFileSize(file: string): Promise<{ width: number, height: number }> {
  const handle = await open(file)
  try {
    const header = new Uint8Array(HEADER_BYTES)
    const { bytesRead } = await handle.read(header, 0, HEADER_BYTES, 0)
    return pngSize(header.subarray(0, bytesRead), file)
  }
  finally {
    await handle.close()
  }
}
