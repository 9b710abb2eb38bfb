import { describe, expect, test } from 'vitest';
import { scopeIds } from './scope-ids.ts';

describe('scopeIds', () => {
  test('prefixes ids and the references to them, and nothing else', () => {
    const html =
      '<h2 id="rollback">Rollback</h2><ol><li id="rollback/step-1">Run it.</li></ol>' +
      '<span class="gloss"><a href="/glossary/#pilot-pool" aria-describedby="gloss-def-pilot-pool">pilot pool</a><span id="gloss-def-pilot-pool">The first pool.</span></span>' +
      '<label for="q">Q</label><input id="q" aria-describedby="q-hint main"><p id="q-hint">Hint.</p><a href="#rollback">back</a> <a href="#main">top</a>';
    expect(scopeIds(html, 'binder-phase-4--')).toBe(
      '<h2 id="binder-phase-4--rollback">Rollback</h2><ol><li id="binder-phase-4--rollback/step-1">Run it.</li></ol>' +
        '<span class="gloss"><a href="/glossary/#pilot-pool" aria-describedby="binder-phase-4--gloss-def-pilot-pool">pilot pool</a><span id="binder-phase-4--gloss-def-pilot-pool">The first pool.</span></span>' +
        '<label for="binder-phase-4--q">Q</label><input id="binder-phase-4--q" aria-describedby="binder-phase-4--q-hint main"><p id="binder-phase-4--q-hint">Hint.</p><a href="#binder-phase-4--rollback">back</a> <a href="#main">top</a>',
    );
  });

  test('returns a fragment without ids unchanged', () => {
    expect(scopeIds('<p>No ids &amp; <a href="#main">a link</a>.</p>', 'x--')).toBe('<p>No ids &amp; <a href="#main">a link</a>.</p>');
  });
});
