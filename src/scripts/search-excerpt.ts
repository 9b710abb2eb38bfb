/**
 * Turns a Pagefind excerpt (text with `<mark>` around hits) into DOM nodes, keeping only text and `<mark>`.
 * The excerpt is parsed in an inert `<template>`, so markup that came from page text can never run or load.
 */
export function renderExcerpt(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out: Node[] = [];
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}
