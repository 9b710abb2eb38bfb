import { describe, expect, it } from 'vitest';
import { parsePhaseList } from './binder.ts';

describe('parsePhaseList', () => {
  it('reads comma-separated phase numbers once each', () => {
    expect(parsePhaseList('4, 6,4')).toEqual([4, 6]);
  });

  it('drops anything that is not a whole number', () => {
    expect(parsePhaseList('4,x,-1,2.5,')).toEqual([4]);
  });

  it('means no selection when empty or missing', () => {
    expect(parsePhaseList('')).toEqual([]);
    expect(parsePhaseList(null)).toEqual([]);
  });
});
