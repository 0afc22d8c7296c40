import type { TestSpecification } from 'vitest/node'
import { basename } from 'node:path'
import { BaseSequencer } from 'vitest/node'

/**
 * Vitest's default order puts long or large files first, which could schedule the export checks
 * (they wait for the background export) before the browser checks, serializing what the global
 * setup runs in parallel. This keeps Vitest's order but moves `export-*.test.ts` files last, so
 * the browser tests run while the export is still being written.
 */
export class ExportsLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const isExportCheck = (file: TestSpecification): boolean => basename(file.moduleId).startsWith('export-')
    return [...sorted.filter(f => !isExportCheck(f)), ...sorted.filter(isExportCheck)]
  }
}
