// The config Slidev itself uses. Markdown slides are left to `npm run check` (Slidev's parser,
// Vue's template parser, Mermaid's): ESLint's Markdown processor does not understand slides.

// eslint-flat-config-utils calls Object.groupBy, which Node 20 lacks (it arrived in Node 21).
if (!Object.groupBy) {
  Object.groupBy = (items, key) => {
    const groups = Object.create(null)
    let i = 0
    for (const item of items)
      (groups[key(item, i++)] ??= []).push(item)
    return groups
  }
}

const { default: antfu } = await import('@antfu/eslint-config')

export default antfu({
  markdown: false,
  ignores: ['**/*.toml', 'dist/**', 'dist-presenter/**', 'exports/**', 'bench/results/**', 'tests/fixtures/**/*.md', 'tests/fixtures/slidev-starter/**', '.slidev/**', 'components.d.ts'],
}, {
  rules: {
    'max-len': ['error', { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
    'no-console': 'off',
    // Groups in the deck's regexes document structure (and some are read by index); the
    // "contradiction" rule flags `[^>]*` before a lookahead, which is the intended greedy scan of a tag.
    'regexp/no-unused-capturing-group': 'off',
    'regexp/no-contradiction-with-assertion': 'off',
  },
}, {
  // Templates carry inline SVG paths and sentences that are clearer on one line.
  files: ['**/*.vue'],
  rules: { 'max-len': 'off' },
}, {
  // Browser tests read what is on screen: innerText follows CSS (hidden text is not read), textContent does not.
  files: ['tests/**/*.ts'],
  rules: { 'unicorn/prefer-dom-node-text-content': 'off' },
})
