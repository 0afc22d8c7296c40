import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import process from 'node:process'

export interface RunResult {
  code: number
  output: string
  seconds: number
}

export interface RunOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Tee the combined output here as it arrives (a log a person can read while it runs). */
  logFile?: string
  /**
   * Run it in its own process group, so `stop()` also ends what it started (a dev server, a
   * browser). Off by default: a grouped command does not get the terminal's Ctrl-C.
   */
  group?: boolean
}

export interface Running {
  child: ChildProcess
  done: Promise<RunResult>
  /** Ends the command (with `group`, also everything it started). */
  stop: () => void
}

/**
 * Starts a command, keeping its combined output so a failure can quote it. `done` never rejects
 * for a non-zero exit: the caller decides what failure means.
 */
export function start(command: string, args: string[], options: RunOptions): Running {
  const started = performance.now()
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: options.group ?? false })
  const log = options.logFile ? createWriteStream(options.logFile) : undefined
  let output = ''
  const collect = (chunk: Buffer): void => {
    output += chunk.toString()
    log?.write(chunk)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const done = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      log?.end()
      resolve({ code: code ?? (signal ? 128 : 1), output, seconds: (performance.now() - started) / 1000 })
    })
  })
  const stop = (): void => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(options.group ? -child.pid : child.pid, 'SIGTERM')
      }
      catch {
        // Already gone between the check and the kill.
      }
    }
  }
  return { child, done, stop }
}

export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return start(command, args, options).done
}

/** The last lines of a command's output, for error messages. */
export function tail(output: string, lines = 40): string {
  return output.split('\n').slice(-lines).join('\n')
}

/** Like `run`, but a non-zero exit is an error quoting the end of the output. */
export async function runOrThrow(label: string, command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const result = await run(command, args, options)
  if (result.code !== 0)
    throw new Error(`${label} failed (exit ${result.code}): ${command} ${args.join(' ')}\n${tail(result.output)}`)
  return result
}
