import { describe, expect, it } from 'vitest';
import { isOverdue, nextUpdateDue, readDueDate, updateStatusAttributes } from '../../../src/lib/datasets/nextUpdate.ts';

describe('nextUpdateDue', () => {
  it('adds the update period to the last update', () => {
    expect(nextUpdateDue('2026-11-28', 'weekly')).toBe('2026-12-05');
    expect(nextUpdateDue('2026-11-28', 'monthly')).toBe('2026-12-28');
    expect(nextUpdateDue('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextUpdateDue('2026-11-28', 'quarterly')).toBe('2027-02-28');
    expect(nextUpdateDue('2024-02-29', 'annually')).toBe('2025-02-28');
    expect(nextUpdateDue('2026-11-28', 'irregular')).toBeNull();
  });
  it('is overdue only after the due day', () => {
    expect(isOverdue('2026-12-28', '2026-12-28')).toBe(false);
    expect(isOverdue('2026-12-28', '2026-12-29')).toBe(true);
    expect(isOverdue(null, '2030-01-01')).toBe(false);
  });
});

describe('what <update-status> receives', () => {
  it('writes the due date as data-due, leaves it out when there is none, and reads it back', () => {
    expect(updateStatusAttributes('2026-12-28')).toEqual({ 'data-due': '2026-12-28' });
    expect(updateStatusAttributes(null)).toEqual({});
    expect(readDueDate({ due: '2026-12-28' })).toBe('2026-12-28');
    expect(readDueDate({})).toBeNull();
  });
});
