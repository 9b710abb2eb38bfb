import { execFileSync } from 'node:child_process';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Text of each page of a PDF, by Debian's `pdftotext` (poppler-utils). `-raw` keeps content-stream order and
 * leaves hyphens at line ends alone (the default mode joins `Get-Cs-` + `User` into `Get-CsUser`-less text).
 */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** Whitespace carries no meaning once text has been wrapped onto paper, so comparisons ignore it. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Body text of a printed page without its margin boxes (running header, page counter, revision line), which
 * would otherwise interrupt a step or code block that continues onto the next sheet.
 */
export function withoutRunningContext(pageText: string, header: string): string {
  return pageText
    .split('\n')
    .filter((line) => line !== header && !/^Page \d+ of \d+$/.test(line) && !/^Revision \S+ · (Printed|Built) .+$/.test(line))
    .join('\n');
}

/** What a reader must find on paper: every heading, step (list item) and code line of the page's article. */
export interface PrintableContent {
  title: string;
  /** Every heading with its level (1 for `h1`), in document order. */
  sections: { level: number; text: string }[];
  headings: string[];
  steps: string[];
  codeLines: string[];
}

/**
 * The parts of a guide page's article that are deliberately not on paper; everything else in the article must
 * print. Each is named here with its reason, so hiding anything else in print makes the PDF tests fail.
 */
export const SCREEN_ONLY = [
  // "Your progress" panel (ChecklistPanel.astro): initials, export, import and reset act on the ticks stored in
  // this browser; paper has its own empty boxes and the sign-off sheet.
  '.checklist-panel',
  // Copy buttons on code blocks (rehype-code-copy.ts): there is nothing to copy from paper.
  '.code-copy',
  // Glossary popovers (remark-glossary.ts): on paper each definition prints once, in "Terms used on this page".
  '.gloss-pop',
];

/**
 * Reads the printable content of a guide page from its built HTML as served, not from the page laid out for
 * print: a print rule that wrongly hid a heading or step would otherwise take it out of the expected list too.
 * `html` is the whole document; only `main article.prose` counts, less {@link SCREEN_ONLY}. Text is the
 * elements' text content, whitespace collapsed (scripts add nothing here: they run after the HTML is built).
 */
export function printableContent(html: string): PrintableContent {
  const tree = fromHtml(html);
  let article: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'article' && hasClass(node, 'prose') && !article) article = node;
  });
  if (!article) throw new Error('No `main article.prose` in the page. Hint: printableContent reads a guide page\'s built HTML.');
  const kept = withoutScreenOnly(article);
  const all = (test: (el: Element) => boolean) => {
    const found: Element[] = [];
    visit(kept, 'element', (node: Element) => void (test(node) && found.push(node)));
    return found;
  };
  const text = (el: Element | ElementContent): string => ('value' in el ? el.value : 'children' in el ? el.children.map(text).join('') : '');
  const clean = (el: Element) => text(el).replace(/\s+/g, ' ').trim();
  const sections = all((el) => /^h[1-6]$/.test(el.tagName)).map((el) => ({ level: Number(el.tagName[1]), text: clean(el) }));
  return {
    title: sections.find((s) => s.level === 1)?.text ?? '',
    sections,
    headings: sections.map((s) => s.text).filter(Boolean),
    steps: all((el) => el.tagName === 'li').map(clean).filter(Boolean),
    codeLines: all((el) => el.tagName === 'pre').flatMap((pre) => text(pre).split('\n').map((l) => l.trim()).filter(Boolean)),
  };
}

/** A copy of `root` without the elements {@link SCREEN_ONLY} names (single class selectors). */
function withoutScreenOnly(root: Element): Element {
  const classes = SCREEN_ONLY.map((selector) => selector.slice(1));
  const copy = structuredClone(root);
  visit(copy, 'element', (node: Element, index, parent) => {
    if (parent && index !== undefined && classes.some((c) => hasClass(node, c))) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return copy;
}

function hasClass(node: Element, name: string): boolean {
  const value = node.properties['className'];
  return Array.isArray(value) && value.includes(name);
}

/** An outline entry as the tests compare them: title and nested entries. */
export interface OutlineNode {
  title: string;
  children: OutlineNode[];
}

/** The bookmark tree a PDF viewer should show for these headings: each nested under the last heading of a higher level before it. */
export function outlineOf(sections: readonly { level: number; text: string }[]): OutlineNode[] {
  const root: OutlineNode[] = [];
  const open: { level: number; node: OutlineNode }[] = [];
  for (const { level, text } of sections) {
    const node = { title: text, children: [] };
    while (open.length && open.at(-1)!.level >= level) open.pop();
    (open.at(-1)?.node.children ?? root).push(node);
    open.push({ level, node });
  }
  return root;
}

/** The running header's context (top right) of a printed page, or undefined when the page has none. */
export function runningContext(pageText: string, guideTitle: string): string | undefined {
  const line = pageText.split('\n').slice(0, 3).find((l) => l.startsWith(`${guideTitle} `));
  return line?.slice(guideTitle.length + 1);
}
