import { Buffer } from 'node:buffer'
import { open } from 'node:fs/promises'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

/** Width and height from a PNG's IHDR chunk (always the first chunk), reading only its first 24 bytes. */
export async function pngSize(file: string): Promise<{ width: number, height: number }> {
  const handle = await open(file)
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(24), 0, 24, 0)
    if (bytesRead < 24 || !buffer.subarray(0, 8).equals(SIGNATURE) || buffer.toString('latin1', 12, 16) !== 'IHDR')
      throw new Error(`${file} is not a PNG`)
    return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) }
  }
  finally {
    await handle.close()
  }
}
