// @vitest-environment happy-dom
/**
 * The deck's slides in a DOM: every Mermaid block parses, every component a slide uses renders
 * with the slide's props, and the facts the briefing depends on are on the slides. Gathered in
 * one test file so the DOM environment, Mermaid and the components load once.
 */
import './deck/mermaid.suite.ts'
import './deck/facts.suite.ts'
