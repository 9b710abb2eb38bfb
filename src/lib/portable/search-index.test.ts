import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { indexScript, pageDocument } from './search-index.ts';

const html = `<html><body><nav>Sidebar text</nav><main data-pagefind-body><h1 data-pagefind-meta="title">Phase 4: Move users</h1>
<span hidden data-pagefind-filter="phase">Phase 4</span><p>Intro text.</p><div data-pagefind-ignore>Not indexed</div>
<h2 id="move-one">Move one user</h2><p>Run</p><pre><code>Move-CsUser -Identity x</code></pre><h2 id="empty">Empty</h2></main></body></html>`;

describe('pageDocument', () => {
  it('splits the indexed body into sections at headings with ids, as Pagefind sees it', () => {
    expect(pageDocument(fromHtml(html), 'phase-4/index.html')).toEqual({
      url: 'phase-4/index.html',
      title: 'Phase 4: Move users',
      phase: 'Phase 4',
      sections: [
        { anchor: '', title: 'Phase 4: Move users', text: 'Phase 4: Move users Intro text.' },
        { anchor: 'move-one', title: 'Move one user', text: 'Run Move-CsUser -Identity x' },
        { anchor: 'empty', title: 'Empty', text: '' },
      ],
    });
  });
  it('skips pages that Pagefind would not index', () => {
    expect(pageDocument(fromHtml('<main><h1>Nothing</h1></main>'), 'x/index.html')).toBeUndefined();
  });
});

describe('indexScript', () => {
  it('assigns the index to a global, so a file: page can load it with <script src>', () => {
    expect(indexScript([])).toBe('window.__LYNC_SEARCH__={"pages":[]};\n');
  });
});
