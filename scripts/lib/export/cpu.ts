import { readdirSync, readFileSync } from 'node:fs'
import process from 'node:process'

/** Linux's USER_HZ: /proc reports CPU time in these ticks. */
const TICKS_PER_SECOND = 100

/**
 * CPU seconds (user + system) used so far by this process and everything it started: live
 * descendants (Chromium and its helpers, a running build) by their own counters, finished ones
 * through their parents' "children" counters. null where /proc does not exist.
 */
export function processTreeCpuSeconds(root = process.pid): number | null {
  let entries: string[]
  try {
    entries = readdirSync('/proc').filter(name => /^\d+$/.test(name))
  }
  catch {
    return null
  }
  const stats = new Map<number, { ppid: number, ticks: number }>()
  for (const pid of entries) {
    try {
      const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
      // Fields after the command name (which may contain spaces), see proc(5).
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
      const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
      stats.set(Number(pid), { ppid: Number(fields[1]), ticks })
    }
    catch {
      // The process ended while the list was read.
    }
  }
  const children = new Map<number, number[]>()
  for (const [pid, { ppid }] of stats)
    children.set(ppid, [...(children.get(ppid) ?? []), pid])
  let ticks = 0
  const queue = [root]
  while (queue.length) {
    const pid = queue.pop()!
    ticks += stats.get(pid)?.ticks ?? 0
    queue.push(...(children.get(pid) ?? []))
  }
  return ticks / TICKS_PER_SECOND
}
