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
  ignores: ['dist/**', 'dist-presenter/**', 'exports/**', 'bench/results/**', 'tests/fixtures/**/*.md', '.slidev/**', 'components.d.ts'],
}, {
  rules: {
    'max-len': ['error', { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
    'no-console': 'off',
  },
})
