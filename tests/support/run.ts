import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'

export interface RunResult {
  code: number
  output: string
  seconds: number
}

/**
 * Runs a command to completion, keeping its combined output (also teed to `logFile` when given)
 * so a failure can quote it. Never throws for a non-zero exit: the caller decides what failure means.
 */
export function run(command: string, args: string[], options: { cwd: string, env?: NodeJS.ProcessEnv, logFile?: string }): Promise<RunResult> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    const log = options.logFile ? createWriteStream(options.logFile) : undefined
    let output = ''
    const collect = (chunk: Buffer): void => {
      output += chunk.toString()
      log?.write(chunk)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('close', (code) => {
      log?.end()
      resolve({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000 })
    })
  })
}

/** Like `run`, but a non-zero exit is an error quoting the end of the output. */
export async function runOrThrow(label: string, command: string, args: string[], options: { cwd: string, env?: NodeJS.ProcessEnv, logFile?: string }): Promise<RunResult> {
  const result = await run(command, args, options)
  if (result.code !== 0) {
    const tail = result.output.split('\n').slice(-40).join('\n')
    throw new Error(`${label} failed (exit ${result.code}): ${command} ${args.join(' ')}\n${tail}`)
  }
  return result
}
