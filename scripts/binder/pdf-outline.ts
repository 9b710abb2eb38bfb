import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** One bookmark of a PDF's outline, with the bookmarks nested under it. */
export interface OutlineEntry {
  title: string;
  children: OutlineEntry[];
}

/** The bookmark tree of a PDF, in order; empty when it has no outline. */
export async function readOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return root ? entries(root).map(function tree(item): OutlineEntry {
    return { title: titleOf(item), children: entries(item).map(tree) };
  }) : [];
}

/**
 * Gives each bookmark the exact text of its heading. Chromium takes bookmark titles from the laid-out lines
 * and drops the space where a heading wraps ("Migration⏎Runbook" becomes "MigrationRunbook"), so each title is
 * matched, spaces ignored, against the page's headings in document order and replaced by the heading's text.
 * A title that matches no heading is left as Chromium wrote it.
 *
 * @param headings every heading of the printed page, in document order (hidden ones do no harm: they are skipped)
 */
export async function fixOutlineTitles(pdf: Uint8Array, headings: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!root) return pdf;
  const squash = (text: string) => text.replace(/\s+/g, '');
  let next = 0;
  let changed = false;
  const visit = (item: PDFDict) => {
    const title = squash(titleOf(item));
    const found = headings.findIndex((h, i) => i >= next && squash(h) === title);
    if (found !== -1) {
      next = found + 1;
      if (titleOf(item) !== headings[found]) {
        item.set(PDFName.of('Title'), PDFHexString.fromText(headings[found]!));
        changed = true;
      }
    }
    entries(item).forEach(visit);
  };
  entries(root).forEach(visit);
  return changed ? doc.save({ updateFieldAppearances: false }) : pdf;
}

function entries(parent: PDFDict): PDFDict[] {
  const out: PDFDict[] = [];
  for (let item = parent.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) out.push(item);
  return out;
}

function titleOf(item: PDFDict): string {
  const title = item.lookup(PDFName.of('Title'));
  return title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
}
