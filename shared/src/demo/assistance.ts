// Who is on assistance in the demo city: the facts several agencies' shares of it turn on.
import type { Region } from '../regions';
import type { DemoHousehold } from './city';

export const dibaoStandardFen = (region: Region) => (region.urban ? 78000 : 66000 + (Number(region.code.slice(4)) % 7) * 1000);

/** The programs a household receives now (ACTIVE cases). */
export const activePrograms = (household: DemoHousehold) =>
  new Set(household.cases.filter((c) => c.status === 'ACTIVE').map((c) => c.program));

/** Whether a household is on 低保 or 特困 (or certified low-income, when `includeLowIncome`). */
export function isAssisted(household: DemoHousehold, includeLowIncome = false): boolean {
  const programs = activePrograms(household);
  return (
    programs.has('MINIMUM_LIVING_ALLOWANCE') ||
    programs.has('EXTREME_POVERTY_SUPPORT') ||
    (includeLowIncome && programs.has('LOW_INCOME_CERTIFICATION'))
  );
}
