import { describe, expect, it } from 'vitest';
import { formatFigureValue } from '../../../src/lib/timeline/eventFigureValue.ts';
import type { EventFigure } from '../../../src/schemas/event.ts';

const figure = (value: number | string, unit: EventFigure['unit'], qualifier: EventFigure['qualifier'] = 'exact'): EventFigure => ({
  key: 'k',
  value,
  unit,
  qualifier,
  label: { en: 'x', az: 'x' },
});

describe('formatFigureValue', () => {
  it('shows counts with the source qualifier', () => {
    expect(formatFigureValue(figure(97000, 'mines', 'about'), 'en')).toBe('about 97,000');
    expect(formatFigureValue(figure(97000, 'mines', 'about'), 'az')).toBe('təxminən 97.000');
    expect(formatFigureValue(figure(2700, 'mines', 'more-than'), 'en')).toBe('more than 2,700');
  });
  it('adds units', () => {
    expect(formatFigureValue(figure(18302, 'ha'), 'en')).toBe('18,302 ha');
    expect(formatFigureValue(figure(62023.9, 'ha'), 'az')).toBe('62.023,9 ha');
    expect(formatFigureValue(figure(736, 'km2'), 'en')).toBe('736 km²');
    expect(formatFigureValue(figure(14.2, 'percent'), 'en')).toBe('14.2%');
    expect(formatFigureValue(figure(44, 'days'), 'az')).toBe('44 gün');
  });
  it('formats money in the currency named', () => {
    expect(formatFigureValue(figure(1000000, 'usd'), 'en')).toBe('US$1,000,000');
    expect(formatFigureValue(figure(4250000, 'eur'), 'en')).toBe('€4,250,000');
    expect(formatFigureValue(figure(10000000, 'eur', 'about'), 'en')).toBe('about €10,000,000');
  });
  it('shows dates at their precision and years and order numbers as written', () => {
    expect(formatFigureValue(figure('2020-11-15', 'date'), 'en')).toBe('15 November 2020');
    expect(formatFigureValue(figure('2000-03', 'date'), 'az')).toBe('mart 2000');
    expect(formatFigureValue(figure('Dec-25', 'date'), 'en')).toBe('Dec-25');
    // A day every year (ISO 8601 --MM-DD) in the reader's language.
    expect(formatFigureValue(figure('--12-25', 'date'), 'en')).toBe('25 December');
    expect(formatFigureValue(figure('--12-25', 'date'), 'az')).toBe('25 dekabr');
    expect(formatFigureValue(figure(2005, 'year'), 'en')).toBe('2005');
    expect(formatFigureValue(figure(854, 'order-number'), 'en')).toBe('No. 854');
  });
});
