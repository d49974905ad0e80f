// Age is counted in the city's calendar (Asia/Shanghai), whatever the server's clock zone.
import { cityToday } from '../src/dates';
import { ageOn } from '../src/scalars';

test('a person turns a year older at midnight in the city, eight hours before midnight UTC', () => {
  const oneInTheMorningInNanyang = new Date('2026-11-28T17:00:00Z');
  expect(cityToday(oneInTheMorningInNanyang)).toBe('2026-11-29');
  expect(ageOn('2000-11-29', cityToday(oneInTheMorningInNanyang))).toBe(26);
});

test('the day before the birthday the age is still the year before', () => {
  expect(ageOn('2000-11-29', '2026-11-28')).toBe(25);
});

test('a person born on 29 February is a year older on 1 March in a common year', () => {
  expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
});
