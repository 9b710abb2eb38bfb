import { describe, expect, it } from 'vitest';
import { itemLabel, uniquePlaces, type PlaceInput } from './checklist-items.ts';

// Phase 8's shape: "Standard Edition server" is the title of two headings in different sections.
const prepare = ['Move the Central Management Server', 'Prepare the Lync Server 2013 database', 'Standard Edition server'];
const remove = ['Remove the Front End Server', 'Remove Front End pool or Standard Edition server', 'Standard Edition server'];
const enterprise = ['Move the Central Management Server', 'Prepare the Lync Server 2013 database', 'Enterprise Edition pool'];
const trails = [prepare.slice(0, 1), prepare.slice(0, 2), enterprise, prepare, remove.slice(0, 1), remove.slice(0, 2), remove];
const step = (trail: string[], number: number, ordinal = number): PlaceInput => ({ kind: 'step', number, ordinal, trail });
const labels = (items: PlaceInput[]) => uniquePlaces(items, trails).map((place, i) => itemLabel({ ...items[i]!, place }));

describe('uniquePlaces', () => {
  it('names an item by its heading alone when no other heading has that title', () => {
    expect(labels([step(enterprise, 1)])).toEqual(['Step 1 done: Enterprise Edition pool']);
  });

  it('leads a repeated heading with its parent, so the two "Standard Edition server" step 1s differ', () => {
    expect(labels([step(prepare, 1), step(remove, 1), { kind: 'verify', number: 1, ordinal: 1, trail: remove }])).toEqual([
      'Step 1 done: Prepare the Lync Server 2013 database › Standard Edition server',
      'Step 1 done: Remove Front End pool or Standard Edition server › Standard Edition server',
      'Verified item 1: Remove Front End pool or Standard Edition server › Standard Edition server',
    ]);
  });

  it('goes up as far as it takes when the parents repeat too', () => {
    const a = ['Pool A', 'Using Windows PowerShell', 'Standard Edition server'];
    const b = ['Pool B', 'Using Windows PowerShell', 'Standard Edition server'];
    expect(uniquePlaces([step(a, 1), step(b, 1)], [a, b])).toEqual(['Pool A › Using Windows PowerShell › Standard Edition server', 'Pool B › Using Windows PowerShell › Standard Edition server']);
  });

  it('tells apart two lists under one heading by the step\'s position under it', () => {
    expect(labels([step(enterprise, 1, 1), step(enterprise, 2, 2), step(enterprise, 1, 3)])).toEqual([
      'Step 1 done: Enterprise Edition pool (step 1 under this heading)',
      'Step 2 done: Enterprise Edition pool',
      'Step 1 done: Enterprise Edition pool (step 3 under this heading)',
    ]);
  });
});
