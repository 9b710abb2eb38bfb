import { describe, expect, it } from 'vitest';
import { cssString, namedPage, printDateCss, printPageCss } from './print-page.ts';

describe('print page rules', () => {
  it('quotes text so it can never close the CSS string or the rule', () => {
    expect(cssString('Phase "4" \\ a\nb }')).toBe('"Phase \\"4\\" \\\\ a b }"');
  });

  it('puts guide title, context and page X of Y in margin boxes', () => {
    expect(printPageCss({ guideTitle: 'Runbook', context: 'Phase 4: Move users' })).toMatchInlineSnapshot(
      `"@page { margin: 20mm 16mm; @top-left { content: "Runbook"; font: 8pt system-ui, sans-serif; color: #333; vertical-align: middle; } @top-right { content: "Phase 4: Move users"; font: 8pt system-ui, sans-serif; color: #333; vertical-align: middle; text-align: right; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #333; vertical-align: middle; text-align: right; } }"`,
    );
  });

  it('gives each named binder section its own header', () => {
    const css = printPageCss({ guideTitle: 'R', context: 'Binder', named: { 'phase-4-move': 'Phase 4: Move' } });
    expect(css.split('\n')[1]).toBe('@page rc-phase-4-move { @top-right { content: "Phase 4: Move"; } }');
  });

  it('names pages with characters CSS identifiers accept', () => {
    expect(namedPage('phase 4/x')).toBe('rc-phase-4-x');
  });

  it('writes revision and date into the bottom-left box', () => {
    expect(printDateCss('a1b2c3d', 'Printed 1 December 2026')).toContain('content: "Revision a1b2c3d · Printed 1 December 2026"');
  });
});
