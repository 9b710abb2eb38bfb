import { describe, expect, test } from 'vitest';
import { parseQuery, rankResults, type PageHit } from './search-rank.ts';

const section = (url: string, excerpt: string, s: number) => ({ title: url, url, excerpt, weighted_locations: [{ balanced_score: s }] });
const page = (url: string, content: string, subs: ReturnType<typeof section>[]): PageHit => ({ url, content, excerpt: '', meta: { title: url }, sub_results: subs });

describe('parseQuery', () => {
  test('keeps cmdlets, event IDs and quoted phrases as exact strings', () => {
    expect(parseQuery('"user replicator" Move-CsUser 30024 pool')).toEqual({ text: 'user replicator Move-CsUser 30024 pool', exact: ['user replicator', 'move-csuser', '30024'] });
  });
  test('plain words need no exact match', () => {
    expect(parseQuery('dial-in numbers').exact).toEqual(['dial-in']);
    expect(parseQuery('pilot pool').exact).toEqual([]);
  });
});

describe('rankResults', () => {
  test('puts the page and section that contain the exact cmdlet first', () => {
    const pages = [
      page('/a/', 'Move users with the Control Panel', [section('/a/#x', 'move <mark>users</mark>', 9)]),
      page('/b/', 'Run Move-CsUser -Target pool13', [section('/b/#top', 'overview of moving', 5), section('/b/#step', 'run <mark>Move</mark>-<mark>CsUser</mark> -Target', 1)]),
    ];
    const ranked = rankResults('Move-CsUser', pages);
    expect(ranked.map((p) => p.url)).toEqual(['/b/', '/a/']);
    expect(ranked[0]!.sub_results[0]!.url).toBe('/b/#step');
  });
  test('among sections that run the cmdlet, the one titled after its verb and noun comes first', () => {
    const titled = (title: string, s: number) => ({ ...section(`/p/#${s}`, 'run <mark>Move-CsUser</mark>', s), title });
    const pages = [page('/p/', 'Move-CsUser', [titled('Put test users back on the legacy pool', 9), titled('Move a single user to the pilot pool', 2)])];
    expect(rankResults('Move-CsUser', pages)[0]!.sub_results.map((s) => s.title)).toEqual(['Move a single user to the pilot pool', 'Put test users back on the legacy pool']);
  });
  test('a quoted phrase drops pages without it', () => {
    const pages = [page('/a/', 'the user and the replicator', []), page('/b/', 'the User Replicator service', [])];
    expect(rankResults('"user replicator"', pages).map((p) => p.url)).toEqual(['/b/']);
  });
  test('without exact strings, sections are ordered by score and pages keep Pagefind order', () => {
    const pages = [page('/a/', 'pilot pool', [section('/a/#1', 'x', 1), section('/a/#2', 'y', 3)]), page('/b/', 'pool', [])];
    const ranked = rankResults('pilot pool', pages);
    expect(ranked.map((p) => p.url)).toEqual(['/a/', '/b/']);
    expect(ranked[0]!.sub_results.map((s) => s.url)).toEqual(['/a/#2', '/a/#1']);
  });
});
