// @vitest-environment happy-dom
/**
 * Every component in components/, mounted with @vue/test-utils and checked against data/.
 * The suites live in ./components/ (one per family of components); they are gathered in this
 * one test file so the DOM environment and the components load once rather than per family.
 */
import './components/citations.suite.ts'
import './components/rounds.suite.ts'
import './components/proposals.suite.ts'
import './components/nuclear.suite.ts'
import './components/outlook.suite.ts'
import './components/coverage.suite.ts'
import './components/follow.suite.ts'
import './components/judgments.suite.ts'
import './components/source-kinds.suite.ts'
import './components/charts.suite.ts'
import './components/maps.suite.ts'
