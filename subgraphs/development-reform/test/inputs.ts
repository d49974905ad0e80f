// Inputs of the commission's writes for its tests: a new resident's placement, a new build, and an institution opened through the writes.
import { cityToday } from '../../../shared/src/dates';
import { addDays } from '../../../shared/src/testing/dates';
import { testIdNumber } from '../../../shared/src/testing/id-numbers';

export const TODAY = cityToday();

/** Runs a write as the commission's writer and returns its answer; fails on any error (the contract suite's Write). */
export type Write = (mutation: string, input: Record<string, unknown>) => Promise<Record<string, any>>;

let seq = 0;
/** A valid ID number no seeded person has: born 1950-03-01 in 唐河县, sequence from a counter. */
export const newIdNumber = () => testIdNumber('411328', '1950-03-01', 800 + (++seq % 200));

/** A new county centre of 500 beds, planned from 400 days ago, registered with its project. */
export const newBuildInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'NEW_BUILD',
  newInstitution: { kind: 'COUNTY_CARE_CENTRE', name: `唐河县失能特困人员照护中心${++seq}`, regionCode: '411328' },
  bedsAdded: 500,
  investment: '60000000.00',
  plannedStart: addDays(TODAY, -400),
  plannedCompletion: addDays(TODAY, 30),
  ...overrides,
});

/** A placement of a new resident, partly unable to care for themselves, who moved in 10 days ago. */
export const placementInput = (institutionId: string, overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  institutionId,
  careLevel: 'PARTIAL_CARE',
  since: addDays(TODAY, -10),
  ...overrides,
});

/** Opens a new institution of `beds` beds as the commission would: its new build planned, started and completed 30 days ago. */
export async function openInstitution(write: Write, beds = 500): Promise<string> {
  const project = await write('openConstructionProject', newBuildInput({ bedsAdded: beds }));
  const started = await write('changeConstructionProject', {
    id: project.id,
    version: project.version,
    status: 'UNDER_CONSTRUCTION',
    on: addDays(TODAY, -300),
  });
  await write('changeConstructionProject', {
    id: project.id,
    version: started.version,
    status: 'COMPLETED',
    on: addDays(TODAY, -30),
    careStaff: 40,
  });
  return project.institution.id;
}
