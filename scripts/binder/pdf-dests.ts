import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/**
 * Where each link target landed in a PDF Chromium printed: named destination → 1-based page number.
 * Chromium writes a destination for every element an in-document link points at (`href="#id"`), in the
 * catalog's `/Dests` dictionary, so the binder's contents links tell us the page of each section.
 */
export async function destinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageIndex = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const result = new Map<string, number>();
  if (!dests) return result;
  for (const [name, value] of dests.entries()) {
    const target = doc.context.lookup(value);
    const array = target instanceof PDFArray ? target : target instanceof PDFDict ? target.lookupMaybe(PDFName.of('D'), PDFArray) : undefined;
    const pageRef = array?.get(0);
    if (!(pageRef instanceof PDFRef)) continue;
    const page = pageIndex.get(pageRef.toString());
    if (page !== undefined) result.set(decodeName(name), page);
  }
  return result;
}

/** Number of pages in a PDF. */
export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

/** PDF names escape bytes as `#xx`; pdf-lib hands them back encoded. */
function decodeName(name: PDFName): string {
  return name.asString().replace(/^\//, '').replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
