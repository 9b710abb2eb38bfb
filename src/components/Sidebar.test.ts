import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';

// Typed by hand: outside Astro's own checker (in ESLint's type service) an .astro import has no type.
type Component = Parameters<AstroContainer['renderToString']>[0];
const { default: Sidebar } = (await import('./Sidebar.astro')) as { default: Component };

const page = (id: string, kind: string, title: string, phase?: number) => ({
  entry: { id, data: { kind, title, phase } },
  rendered: { remarkPluginFrontmatter: {} },
});
const guide = [page('migration-from-lync-server-2010-to-lync-server-2013', 'overview', 'Overview'), page('phase-1', 'phase', 'Phase 1: Plan', 1)];
const appendices = (n: number) => Array.from({ length: n }, (_, i) => page(`appendix-${i + 1}`, 'appendix', `Appendix ${i + 1}`));

async function render(pages: unknown[], current: string) {
  const container = await AstroContainer.create();
  return container.renderToString(Sidebar, { props: { pages, current }, request: new Request(`http://localhost/${current}/`) });
}

describe('Sidebar', () => {
  it('lists a few appendices one by one', async () => {
    const html = await render([...guide, ...appendices(3)], 'phase-1');
    expect(html).toContain('href="/appendix-3/"');
    expect(html).not.toContain('Appendices');
  });

  it('folds many appendices into one link to the overview list and shows the current one beneath it', async () => {
    const html = await render([...guide, ...appendices(40)], 'appendix-17');
    expect(html).toMatch(/<a href="\/#guide-appendices"[^>]*><span>Appendices<\/span><span class="sidebar-count">40<span class="visually-hidden"> pages<\/span>/);
    expect(html).toMatch(/<a href="\/appendix-17\/" aria-current="page"[^>]*><span>Appendix 17<\/span>/);
    expect(html).not.toContain('href="/appendix-16/"');
    expect(html).toContain('href="/phase-1/"');
  });
});
