import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeEvent, currentNamespace, loadTicks, saveTicks, storageKey, tickKey, ticksOfPage, type Tick } from './checklist-store.ts';

/** The part of the Web Storage API the store uses, over a Map, so tests see exactly what was written. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  refuse = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

let storage: MemoryStorage;
let events: string[];

/** A page of the site at `base`, built from `revision`, as the layout stamps them on `<html>`. */
function onPage(base: string, revision: string) {
  const target = new EventTarget();
  target.addEventListener(changeEvent, (e) => events.push(e.type));
  vi.stubGlobal('document', Object.assign(target, { documentElement: { dataset: { base, revision } } }));
}

const tick = (page: string, stepId: string): Tick => ({ page, stepId, phase: 'Phase 4', section: 'Move', text: 'Open it', tickedAt: '2026-11-25T10:00:00.000Z', initials: 'PR' });

beforeEach(() => {
  storage = new MemoryStorage();
  events = [];
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('checklist store', () => {
  it('reads the namespace from the page and keys storage by site base and revision', () => {
    onPage('/docs/lync/', 'abc1234');
    expect(currentNamespace()).toEqual({ base: '/docs/lync/', revision: 'abc1234' });
    expect(storageKey(currentNamespace())).toBe('lync-runbook:checklists:/docs/lync/:abc1234');
  });

  it('keeps the ticks of two sites on one origin apart', () => {
    onPage('/', 'abc1234');
    saveTicks({ [tickKey('phase-4', 'move/step-1')]: tick('phase-4', 'move/step-1') });
    onPage('/docs/lync/', 'abc1234');
    expect(loadTicks()).toEqual({});
    saveTicks({ [tickKey('phase-4', 'move/step-2')]: tick('phase-4', 'move/step-2') });
    onPage('/', 'abc1234');
    expect(Object.keys(loadTicks())).toEqual(['phase-4#move/step-1']);
    expect([...storage.items.keys()].sort()).toEqual(['lync-runbook:checklists:/:abc1234', 'lync-runbook:checklists:/docs/lync/:abc1234']);
  });

  it('starts a new revision with no ticks and leaves the old revision\'s ticks as they were', () => {
    onPage('/', 'abc1234');
    saveTicks({ [tickKey('phase-4', 'move/step-1')]: tick('phase-4', 'move/step-1') });
    onPage('/', 'def5678');
    expect(loadTicks()).toEqual({});
    saveTicks({});
    expect(Object.keys(loadTicks({ base: '/', revision: 'abc1234' }))).toEqual(['phase-4#move/step-1']);
  });

  it('reads a corrupt or foreign entry as no ticks instead of breaking the page', () => {
    onPage('/', 'abc1234');
    for (const raw of ['{not json', '[1,2]', 'null']) {
      storage.items.set('lync-runbook:checklists:/:abc1234', raw);
      expect(loadTicks(), raw).toEqual({});
    }
  });

  it('says when the browser refuses to store, and tells the page either way', () => {
    onPage('/', 'abc1234');
    expect(saveTicks({})).toBe(true);
    storage.refuse = true;
    expect(saveTicks({ [tickKey('phase-4', 'move/step-1')]: tick('phase-4', 'move/step-1') })).toBe(false);
    expect(events).toEqual([changeEvent, changeEvent]);
  });

  it('picks out one page\'s ticks', () => {
    const ticks = { a: tick('phase-3', 'x/step-1'), b: tick('phase-4', 'x/step-1'), c: tick('phase-4', 'y/verify-1') };
    expect(ticksOfPage(ticks, 'phase-4').map((t) => t.stepId)).toEqual(['x/step-1', 'y/verify-1']);
  });
});
