import process from 'node:process'

/**
 * A problem the person running a command can fix: a bad argument, a deck that fails its checks, a
 * missing browser. Its message is the whole report, naming file:line where there is one; it is
 * printed as `error: <message>` without a stack. Every other error is a bug in the tools and is
 * printed with its stack. The toolkit's specific errors (DeckProblemsError, RenderProblemsError,
 * HandoutInputError…) extend this class, so one handler (runCli) knows them all.
 */
export class CliError extends Error {
  /** `pages/03-rounds.md:14`, when the problem is at one place in the deck. */
  readonly location?: string

  constructor(message: string, location?: string) {
    super(location ? `${location}: ${message}` : message)
    this.name = new.target.name
    this.location = location
  }
}

/** The line printed for an error: its message for a CliError, its stack for a bug. */
export function describeCliFailure(error: unknown): string {
  if (error instanceof CliError)
    return `error: ${error.message}`
  if (error instanceof Error)
    return `error (a bug in the tools, not in the deck or the command line): ${error.stack ?? error.message}`
  return `error: ${String(error)}`
}

export interface RunCliOptions {
  /** One more line for some errors, e.g. how to go on without a browser. */
  hint?: (error: CliError) => string | undefined
}

/**
 * The one top-level handler of every CLI in scripts/: runs `main`, exits 0 when it resolves and 1
 * when it throws, after printing the error as describeCliFailure says.
 */
export function runCli(main: () => Promise<void>, options: RunCliOptions = {}): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const hint = error instanceof CliError ? options.hint?.(error) : undefined
      console.error(hint ? `${describeCliFailure(error)}\n${hint}` : describeCliFailure(error))
      process.exit(1)
    },
  )
}
