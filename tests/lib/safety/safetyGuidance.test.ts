import { describe, expect, it } from 'vitest';
import { groupSafetyGuidance } from '../../../src/lib/safety/safetyGuidance.ts';

const row = (item_id: string, kind: string, value: string | null = null, applies_to = 'Azerbaijan') => ({ item_id, kind, value, applies_to, source: 's' });

describe('groupSafetyGuidance', () => {
  const rows = [
    row('call-112', 'phone', '112'),
    row('stop', 'message'),
    row('call-103', 'phone', '103'),
    row('global-touch', 'message', null, 'global guidance (ICRC)'),
    row('call-112-again', 'phone', '112'),
    row('sign-red', 'sign'),
    row('no-entry', 'rule'),
  ];
  const ids = (list: ReadonlyArray<Record<string, unknown>>) => list.map((r) => r.item_id);

  it('puts each kind in its section and general guidance in its own, whatever its kind', () => {
    const guidance = groupSafetyGuidance(rows);
    expect(ids(guidance.messages)).toEqual(['stop']);
    expect(ids(guidance.signs)).toEqual(['sign-red']);
    expect(ids(guidance.rules)).toEqual(['no-entry']);
    expect(ids(guidance.general)).toEqual(['global-touch']);
  });

  it('orders the phone rows by number and lists each number once', () => {
    const guidance = groupSafetyGuidance(rows);
    expect(ids(guidance.phones)).toEqual(['call-103', 'call-112', 'call-112-again']);
    expect(guidance.phoneNumbers).toEqual(['103', '112']);
  });
});
