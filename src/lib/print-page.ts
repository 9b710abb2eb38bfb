/**
 * CSS `@page` rules that put running context in the margins of every printed sheet (Chromium 131+ draws
 * margin boxes, both in the browser's print dialog and in `page.pdf()`): guide title and page context on top,
 * revision, date and "Page X of Y" at the bottom. Margin boxes cannot read the document, so the text is
 * written into the rule itself; named pages (`page: <name>`) give each binder section its own header.
 */
export interface PrintPageOptions {
  /** Guide title, printed top left on every sheet. */
  guideTitle: string;
  /** Page context, printed top right, e.g. "Phase 4: Move test users to the pilot pool". */
  context: string;
  /** Named pages for sections whose header differs from `context`: `{ 'phase-4': 'Phase 4: …' }`. */
  named?: Record<string, string>;
}

/** Margin-box type: small, muted, in the body font, so the running context never competes with content. */
const boxStyle = 'font: 8pt system-ui, sans-serif; color: #333;';

/** Quotes text as a CSS string; backslashes, quotes and line breaks are escaped so no input ends the rule. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/** Name used with the CSS `page` property for a binder section, e.g. `rc-phase-4-move-test-users`. */
export function namedPage(id: string): string {
  return `rc-${id.replace(/[^a-z0-9-]/gi, '-')}`;
}

/**
 * The running header and page counter.
 *
 * @example
 * printPageCss({ guideTitle: 'Runbook', context: 'Phase 4' })
 * // '@page { margin: 20mm 16mm; @top-left { content: "Runbook"; … } @top-right { content: "Phase 4"; … }
 * //   @bottom-right { content: "Page " counter(page) " of " counter(pages); … } }'
 */
export function printPageCss({ guideTitle, context, named = {} }: PrintPageOptions): string {
  const rules = [
    `@page { margin: 20mm 16mm; ` +
      `@top-left { content: ${cssString(guideTitle)}; ${boxStyle} vertical-align: middle; } ` +
      `@top-right { content: ${cssString(context)}; ${boxStyle} vertical-align: middle; text-align: right; } ` +
      `@bottom-right { content: "Page " counter(page) " of " counter(pages); ${boxStyle} vertical-align: middle; text-align: right; } }`,
  ];
  for (const [name, text] of Object.entries(named)) {
    rules.push(`@page ${namedPage(name)} { @top-right { content: ${cssString(text)}; } }`);
  }
  return rules.join('\n');
}

/**
 * Bottom-left margin box: revision and date. The page ships it with the build date ("Built …"); the print
 * script swaps in the day of printing ("Printed …") at `beforeprint`, because a sheet is dated when it is printed.
 *
 * @example
 * printDateCss('a1b2c3d', 'Printed 25 November 2026')
 * // '@page { @bottom-left { content: "Revision a1b2c3d · Printed 25 November 2026"; … } }'
 */
export function printDateCss(revision: string, dateText: string): string {
  return `@page { @bottom-left { content: ${cssString(`Revision ${revision} · ${dateText}`)}; ${boxStyle} vertical-align: middle; } }`;
}
