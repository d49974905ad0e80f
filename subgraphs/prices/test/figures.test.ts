// How the bureau writes its figures: months, indices in tenths, ratios; each refusal names the field.
import { addMonths, formatIndex, formatRatio, indexArg, monthArg, monthsBetween } from '../src/figures';

test('months step across the turn of a year both ways', () => {
  expect([addMonths('2025-12', 1), addMonths('2025-01', -1), addMonths('2024-02', 23)]).toEqual(['2026-01', '2024-12', '2026-01']);
  expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
});

test('an index is kept in whole tenths and comes back as it was published', () => {
  expect(['99.8', '100.0', '102.3', '103.5'].map((v) => indexArg('value', v))).toEqual([998, 1000, 1023, 1035]);
  expect([998, 1000, 1023, 1035].map(formatIndex)).toEqual(['99.8', '100.0', '102.3', '103.5']);
});

test('a month or an index that is not written as published is refused naming the field', () => {
  expect(() => monthArg('filter.from', '2025-00')).toThrow(/^filter\.from: must be a month as YYYY-MM/);
  expect(() => indexArg('input.value', '102.30')).toThrow(/^input\.value: must be an index with one decimal place/);
});

test('a ratio of two amounts has two decimal places, rounded half up', () => {
  expect([formatRatio(78000n, 35000n), formatRatio(66000n, 30000n), formatRatio(1005n, 1000n), formatRatio(1004n, 1000n)]).toEqual([
    '2.23',
    '2.20',
    '1.01',
    '1.00',
  ]);
});
