import { describe, expect, it } from 'vitest';
import { INLINE_APPENDICES, sidebarModel } from './sidebar.ts';

const page = (id: string, kind: string) => ({ entry: { id, data: { kind } } });
const core = [page('overview', 'overview'), page('before', 'prerequisites'), page('phase-1', 'phase'), page('phase-2', 'phase')];
const appendices = (n: number) => Array.from({ length: n }, (_, i) => page(`appendix-${i}`, 'appendix'));
const ids = (pages: { entry: { id: string } }[]) => pages.map((p) => p.entry.id);

describe('sidebarModel', () => {
  it('lists a guide without appendices in full, in reading order', () => {
    const model = sidebarModel(core, 'phase-1');
    expect(ids(model.guide)).toEqual(['overview', 'before', 'phase-1', 'phase-2']);
    expect(model).toMatchObject({ appendices: [], appendixCount: 0, folded: false });
  });

  it(`lists up to ${INLINE_APPENDICES} appendices one by one`, () => {
    const model = sidebarModel([...core, ...appendices(INLINE_APPENDICES)], 'phase-2');
    expect(model.folded).toBe(false);
    expect(model.appendices).toHaveLength(INLINE_APPENDICES);
  });

  it('folds more appendices into one link, keeping only the current appendix visible', () => {
    const pages = [...core, ...appendices(990)];
    expect(sidebarModel(pages, 'appendix-500')).toMatchObject({ folded: true, appendixCount: 990 });
    expect(ids(sidebarModel(pages, 'appendix-500').appendices)).toEqual(['appendix-500']);
    expect(sidebarModel(pages, 'phase-1').appendices).toEqual([]);
    expect(ids(sidebarModel(pages).guide)).toEqual(ids(core));
  });
});
