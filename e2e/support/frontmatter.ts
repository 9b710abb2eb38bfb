import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Frontmatter of a guide page read straight from its source file, to compare with what the site shows. */
export function frontmatter(id: string): Record<string, unknown> {
  const source = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'guide', `${id}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  if (!match) throw new Error(`content/guide/${id}.mdx has no frontmatter block.`);
  return parse(match[1]!) as Record<string, unknown>;
}
