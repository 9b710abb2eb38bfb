import { describe, expect, test } from 'vitest';
import { coverageProblems, expectedSearchPages, hasSearchBody } from './pagefind-coverage.ts';

describe('expectedSearchPages', () => {
  test('keeps every built page except binder variants and redirects, as Pagefind URLs', () => {
    const pages = [{ pathname: '' }, { pathname: 'phase-4/' }, { pathname: 'glossary/' }, { pathname: 'binder/' }, { pathname: 'binder/phase-4/' }, { pathname: 'migration-process/' }];
    expect(expectedSearchPages(pages, new Set(['/migration-process/']))).toEqual(['/', '/phase-4/', '/glossary/']);
  });
});

describe('coverageProblems', () => {
  const expected = ['/', '/phase-4/', '/glossary/'];

  test('none when the index holds exactly the expected pages, in any order', () => {
    expect(coverageProblems(expected, ['/glossary/', '/', '/phase-4/'], () => true)).toEqual([]);
  });

  test('a page that lost data-pagefind-body is named, with its file and a hint', () => {
    const problems = coverageProblems(expected, ['/', '/glossary/'], () => false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Page `/phase-4/` (phase-4/index.html) has no element with data-pagefind-body');
    expect(problems[0]).toContain('Hint: render it through GuideLayout');
  });

  test('a marked page Pagefind still skipped gets a different hint', () => {
    const [problem] = coverageProblems(expected, ['/', '/phase-4/'], (url) => url === '/glossary/');
    expect(problem).toContain('Page `/glossary/` (glossary/index.html) carries data-pagefind-body but is not in the index');
    expect(problem).toContain('<title>');
  });

  test('a binder variant in the index is a problem too, with the reason it is left out', () => {
    const [problem] = coverageProblems(expected, [...expected, '/binder/phase-4/'], () => true);
    expect(problem).toContain('Page `/binder/phase-4/` is in the index but should not be: binder variants repeat guide pages');
  });
});

describe('hasSearchBody', () => {
  test('finds the attribute on an element, not the words in text', () => {
    expect(hasSearchBody('<html><body><main data-pagefind-body><p>x</p></main></body></html>')).toBe(true);
    expect(hasSearchBody('<html><body><main><p>Add data-pagefind-body to main.</p></main></body></html>')).toBe(false);
  });
});
