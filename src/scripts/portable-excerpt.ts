const WORDS = 20;

/**
 * A Pagefind-style excerpt for the portable search: about 20 words around the first matched term, with every
 * matched word in `<mark>`. Text is HTML-escaped first, so page text can never become markup.
 *
 * @example excerptFor('Run Move-CsUser for each user', ['move-csuser']) // 'Run <mark>Move-CsUser</mark> for each user'
 */
export function excerptFor(text: string, terms: string[]): string {
  const words = text.split(' ');
  const lower = terms.map((t) => t.toLowerCase());
  // A word's core without surrounding quotes or sentence punctuation, which is what the index matched.
  const core = (w: string) => /^([^\p{L}\p{N}$-]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(w)!.slice(1) as [string, string, string];
  const matches = (w: string) => {
    const bare = core(w)[1].toLowerCase();
    return bare !== '' && lower.some((t) => bare === t || bare.startsWith(t));
  };
  const mark = (w: string) => {
    const [lead, bare, trail] = core(w);
    return `${escape(lead)}<mark>${escape(bare)}</mark>${escape(trail)}`;
  };
  const first = Math.max(0, words.findIndex(matches));
  const start = Math.max(0, first - Math.floor(WORDS / 3));
  const slice = words.slice(start, start + WORDS);
  const body = slice.map((w) => (matches(w) ? mark(w) : escape(w))).join(' ');
  return `${start > 0 ? '… ' : ''}${body}${start + WORDS < words.length ? ' …' : ''}`;
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
