import { describe, expect, it } from 'vitest';
import { excerptFor } from './portable-excerpt.ts';

describe('excerptFor', () => {
  it('marks each matched word without its punctuation', () => {
    expect(excerptFor('Pipe Get-CsUser into Move-CsUser. Then check “Move-CsUser”', ['move-csuser'])).toMatchInlineSnapshot(
      `"Pipe Get-CsUser into <mark>Move-CsUser</mark>. Then check “<mark>Move-CsUser</mark>”"`,
    );
  });
  it('centres a long text on the first match and marks the cut ends', () => {
    const text = Array.from({ length: 60 }, (_, i) => (i === 30 ? 'Event 30024' : `w${i}`)).join(' ');
    const out = excerptFor(text, ['30024']);
    expect(out.startsWith('… w25')).toBe(true);
    expect(out).toContain('Event <mark>30024</mark>');
    expect(out.endsWith(' …')).toBe(true);
  });
  it('escapes page text so it can never become markup', () => {
    expect(excerptFor('Use <script> & Move-CsUser', ['move'])).toBe('Use &lt;script&gt; &amp; <mark>Move-CsUser</mark>');
  });
});
