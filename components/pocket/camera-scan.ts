import jsQR from 'jsqr'

/**
 * The laptop's camera reading the phone's code: frames drawn to a small canvas and decoded with
 * jsQR (plain JavaScript, no native BarcodeDetector needed). Browsers allow the camera only in a
 * secure context (https, or plain http on localhost only); elsewhere `cameraAvailable()` is false and the
 * presenter types the code instead.
 */
export function cameraAvailable(): boolean {
  return typeof navigator !== 'undefined' && window.isSecureContext && Boolean(navigator.mediaDevices?.getUserMedia)
}

export interface Scan {
  stop: () => void
}

/**
 * Shows the camera in `video` and calls `found` with each decoded text until `found` returns true
 * or `stop()` is called. Rejects when there is no camera or permission is refused.
 */
export async function scanWithCamera(video: HTMLVideoElement, found: (text: string) => boolean | Promise<boolean>): Promise<Scan> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false })
  let stopped = false
  const stop = (): void => {
    stopped = true
    stream.getTracks().forEach(t => t.stop())
    video.srcObject = null
  }
  video.srcObject = stream
  video.muted = true
  video.playsInline = true
  await video.play().catch(() => {})
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!
  let busy = false
  const tick = async (): Promise<void> => {
    if (stopped)
      return
    if (!busy && video.readyState >= 2 && video.videoWidth) {
      busy = true
      const scale = Math.min(1, 960 / video.videoWidth)
      canvas.width = Math.round(video.videoWidth * scale)
      canvas.height = Math.round(video.videoHeight * scale)
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height)
      const image = ctx.getImageData(0, 0, canvas.width, canvas.height)
      const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })
      if (code?.data && await found(code.data)) {
        stop()
        return
      }
      busy = false
    }
    requestAnimationFrame(() => void tick())
  }
  void tick()
  return { stop }
}
