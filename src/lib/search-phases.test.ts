import { describe, expect, test } from 'vitest';
import { phaseFilters } from './search-phases.ts';

const page = (phase?: number) => ({ entry: { data: { phase } } });

describe('phaseFilters', () => {
  test('one chip per phase page, in phase order, skipping pages without a phase', () => {
    expect(phaseFilters([page(), page(3), page(1), page(2), page()])).toEqual([
      { value: 'Phase 1', label: '1' },
      { value: 'Phase 2', label: '2' },
      { value: 'Phase 3', label: '3' },
    ]);
  });
  test('a guide without phases gets no chips', () => {
    expect(phaseFilters([page(), page()])).toEqual([]);
  });
});
