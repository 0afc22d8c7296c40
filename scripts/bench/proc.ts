import { spawn } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import process from 'node:process'

export interface TimedRun {
  wallSeconds: number
  /** Peak RSS of the measured Node process in KiB, when it was run with {@link PEAK_RSS_IMPORT}. */
  peakRssKiB: number | null
  /** Its user + system CPU seconds (same condition): less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | null
  /** User + system CPU seconds of the whole process tree (browsers included), when `treeCpu` was asked and /usr/bin/time exists. */
  treeCpuSeconds: number | null
  log: string
}

/**
 * Preloaded into a measured `node` with `--import`: at exit it prints its own peak RSS
 * (getrusage ru_maxrss) and CPU time. Slidev builds in one process (Rolldown's threads included), so this
 * is the build's peak; it matched `/usr/bin/time -v` to the KiB here, and needs nothing installed.
 */
export const PEAK_RSS_IMPORT = `data:text/javascript,${encodeURIComponent(
  'process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\n[bench] maxrss_kib="+u.maxRSS+" cpu_us="+(u.userCPUTime+u.systemCPUTime)+"\\n")})',
)}`

const GNU_TIME = '/usr/bin/time'

/** Environment for measured children: no colours in logs, and no telemetry or update checks. */
export function quietEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: process.env.CI ?? '1', ...extra }
}

/**
 * Runs a command to completion, its output going to a log file (not the console: the bench
 * prints its own progress), and times it. Throws with the log's tail when it fails.
 */
export async function runTimed(
  command: string,
  args: string[],
  options: { cwd: string, logFile: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, treeCpu?: boolean },
): Promise<TimedRun> {
  await mkdir(dirname(options.logFile), { recursive: true })
  const log = createWriteStream(options.logFile)
  // GNU time reports the CPU of every descendant that was waited for (the exporters' Chromiums
  // included), which getrusage from Node cannot. Optional: without it only wall time is known.
  if (options.treeCpu && existsSync(GNU_TIME)) {
    args = ['-f', '[bench] tree_cpu=%U %S', command, ...args]
    command = GNU_TIME
  }
  const started = performance.now()
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? quietEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.pipe(log, { end: false })
  child.stderr.pipe(log, { end: false })
  const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 600_000)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  clearTimeout(timer)
  const wallSeconds = (performance.now() - started) / 1000
  await new Promise<void>(resolve => log.end(resolve))
  const text = await readFile(options.logFile, 'utf8')
  if (code !== 0) {
    const tail = text.split('\n').slice(-25).join('\n')
    throw new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited with ${code}; log ${options.logFile}:\n${tail}`)
  }
  const usage = /\[bench\] maxrss_kib=(\d+) cpu_us=(\d+)/.exec(text)
  const tree = /\[bench\] tree_cpu=([\d.]+) ([\d.]+)/.exec(text)
  return {
    wallSeconds,
    peakRssKiB: usage ? Number(usage[1]) : null,
    cpuSeconds: usage ? Number(usage[2]) / 1e6 : null,
    treeCpuSeconds: tree ? Number(tree[1]) + Number(tree[2]) : null,
    log: text,
  }
}
