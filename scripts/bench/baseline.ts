import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { load } from '@slidev/parser/fs'

const run = promisify(execFile)

/**
 * The baseline is Slidev's own starter deck: the template/ folder of create-slidev. 52.15.2 is the
 * newest create-slidev on the registry this project uses (our @slidev/cli is 52.20.1); the template
 * is content only, so it is built and exported with OUR node_modules (same cli, Vite, Vue, Mermaid).
 */
export const TEMPLATE_PACKAGE = 'create-slidev'
export const TEMPLATE_VERSION = '52.15.2'

/**
 * Written instead of copying our vite.config.ts so our own performance settings never leak into the
 * baseline. It holds only what the starter needs to run from bench/work with our node_modules:
 * - cssMinify: without it Vite 8 cannot build Slidev at all (ENVIRONMENT.md);
 * - cacheDir: through the symlink Vite's default cache (node_modules/.vite) would be OUR deck's,
 *   and the two dev servers would keep invalidating each other's pre-bundled dependencies;
 * - server.fs.allow: files resolve to the symlink's real path, outside the deck's folder, and the
 *   dev server would refuse some of them (KaTeX's fonts) during export.
 */
function baselineViteConfig(projectRoot: string): string {
  return `import { defineConfig } from 'vite'

export default defineConfig({
  // Written by scripts/bench/baseline.ts.
  cacheDir: '.vite-cache',
  // node_modules is a symlink to ours: its real path must be servable (KaTeX fonts, for instance).
  server: { fs: { allow: [${JSON.stringify(join(projectRoot, 'node_modules'))}] } },
  build: {
    // Vite 8's default CSS minifier (lightningcss) rejects a rule in Slidev's own code.css.
    cssMinify: 'esbuild',
  },
})
`
}

/**
 * Prepares bench/work/baseline from the cached tarball (fetched once with `npm pack`, which only
 * talks to the npm registry) and returns its folder. Re-copied on every run so edits never linger.
 */
export async function prepareBaseline(projectRoot: string, workDir: string): Promise<string> {
  await mkdir(workDir, { recursive: true })
  const tarball = join(workDir, `${TEMPLATE_PACKAGE}-${TEMPLATE_VERSION}.tgz`)
  if (!existsSync(tarball))
    await run('npm', ['pack', `${TEMPLATE_PACKAGE}@${TEMPLATE_VERSION}`, '--pack-destination', workDir, '--silent'], { cwd: workDir })
  const unpacked = join(workDir, `${TEMPLATE_PACKAGE}-${TEMPLATE_VERSION}`)
  if (!existsSync(join(unpacked, 'package', 'template', 'slides.md'))) {
    await rm(unpacked, { recursive: true, force: true })
    await mkdir(unpacked, { recursive: true })
    await run('tar', ['xzf', tarball, '-C', unpacked])
  }
  const deck = join(workDir, 'baseline')
  await rm(deck, { recursive: true, force: true })
  await cp(join(unpacked, 'package', 'template'), deck, { recursive: true })
  // Slidev must be invoked through this link (deck/node_modules/.bin), not /work/main's path:
  // a cli outside the deck's folder makes Slidev think it is installed globally, which changes
  // its dependency resolution and cache folder.
  await symlink(join(projectRoot, 'node_modules'), join(deck, 'node_modules'), 'dir')
  await writeFile(join(deck, 'vite.config.ts'), baselineViteConfig(projectRoot))
  return deck
}

/** Slides a viewer navigates through: hidden and disabled slides get no route. */
export async function countSlides(deckRoot: string): Promise<number> {
  const data = await load({ roots: [deckRoot], userRoot: deckRoot }, join(deckRoot, 'slides.md'))
  return data.slides.filter(s => !s.frontmatter.hide && !s.frontmatter.disabled).length
}
