// The county governments' share of the demo city: the townships and their windows (shared/src/demo/counties.ts),
// and each county's coordination mechanism, its meetings of the last three years and what they decided, and the
// items the county supervises its units on. None of it is about a person, so none of it depends on the city's people.
import { DataSource } from 'typeorm';
import { addYears } from '../../../shared/src/dates';
import { insertMany } from '../../../shared/src/db';
import { addDays, DemoCity, uuid } from '../../../shared/src/demo/city';
import { townshipsOf, TOWNSHIPS } from '../../../shared/src/demo/counties';
import { Rng } from '../../../shared/src/demo/rng';
import { Region, REGIONS } from '../../../shared/src/regions';
import {
  CASE_NEEDS,
  CASE_UNITS,
  caseDecisionText,
  caseTopic,
  CATEGORY_UNITS,
  decisionOf,
  DONE_NOTES,
  EXTENSION_NOTE,
  plenaryTopic,
  PROGRESS_NOTES,
  SPECIAL_MEETINGS,
  taskText,
  TextContext,
} from './demo-texts';
import {
  CoordinationDecision,
  CoordinationMechanism,
  CoordinationMeeting,
  CoordinationMember,
  MeetingAttendee,
  SupervisionItem,
  SupervisionProgress,
  Township,
} from './entities';
import type {
  CoordinationMeetingKind,
  GovernmentUnit,
  ImplementationStatus,
  SupervisionCategory,
  SupervisionSource,
} from './generated/graphql';

/** Every mechanism has these; each county adds some of the optional ones. */
const CORE_MEMBERS: readonly GovernmentUnit[] = [
  'FINANCE',
  'EDUCATION',
  'HUMAN_RESOURCES',
  'HEALTH',
  'HOUSING',
  'DISABLED_PERSONS',
  'TRADE_UNION',
  'POVERTY_ALLEVIATION',
];
const OPTIONAL_MEMBERS: readonly GovernmentUnit[] = ['DEVELOPMENT_REFORM', 'JUSTICE', 'AGRICULTURE', 'PRICES'];
/** Meetings on record: the last three years. */
const YEARS_ON_RECORD = 3;
/** Items a county opens a year besides those that follow up its decisions. */
const OTHER_ITEMS_PER_YEAR = [6, 12] as const;
/** Shares of decisions (of plenary and special meetings) that the county follows up with a supervision item. */
const FOLLOWED_UP = 0.35;

interface Rows {
  mechanisms: Partial<CoordinationMechanism>[];
  members: Partial<CoordinationMember>[];
  meetings: Partial<CoordinationMeeting>[];
  attendees: Partial<MeetingAttendee>[];
  decisions: Partial<CoordinationDecision>[];
  items: Partial<SupervisionItem>[];
  progress: Partial<SupervisionProgress>[];
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);
/** A day from `from` to `to`, both included. */
const dayBetween = (rng: Rng, from: string, to: string) => addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));

/**
 * Where a task due on `due` stands today: nearly all of those long past due are done, most of those just past due
 * (a few overdue), while those still due are under way or not started, and some done early. Done on a day from
 * `from` to today.
 */
function outcome(rng: Rng, from: string, due: string, today: string): { status: ImplementationStatus; doneOn: string | null } {
  const odds: [ImplementationStatus, number][] =
    due < addDays(today, -180)
      ? [
          ['DONE', 97],
          ['IN_PROGRESS', 3],
        ]
      : due < today
        ? [
            ['DONE', 75],
            ['IN_PROGRESS', 19],
            ['OPEN', 6],
          ]
        : [
            ['DONE', 20],
            ['IN_PROGRESS', 50],
            ['OPEN', 30],
          ];
  const status = rng.weighted(odds);
  return { status, doneOn: status === 'DONE' ? dayBetween(rng, from, min(addDays(due, 10), today)) : null };
}

/** About `perYear` a year over a window of `days`: whole ones, and the rest by chance. */
function prorated(rng: Rng, perYear: number, days: number): number {
  const expected = (perYear * days) / 365;
  return Math.floor(expected) + (rng.chance(expected % 1) ? 1 : 0);
}

class CountyRecords {
  private readonly members = new Map<GovernmentUnit, string>();
  private readonly townships: string[];

  constructor(
    private readonly rng: Rng,
    private readonly county: Region,
    private readonly today: string,
    private readonly rows: Rows,
  ) {
    this.townships = townshipsOf(county.code).map((t) => t.name);
  }

  private context(on: string): TextContext {
    const month = Number(on.slice(5, 7));
    return {
      county: this.county.name,
      township: this.rng.pick(this.townships),
      year: Number(on.slice(0, 4)),
      quarter: Math.ceil(month / 3),
      month,
      n: this.rng.int(12, 260),
    };
  }

  mechanism(): string {
    const established = addDays('2016-03-01', this.rng.int(0, 900));
    this.rows.mechanisms.push({ regionCode: this.county.code, establishedOn: established });
    const join = (unit: GovernmentUnit, role: CoordinationMember['role'], joinedOn = established) => {
      this.members.set(unit, joinedOn);
      this.rows.members.push({ regionCode: this.county.code, unit, role, joinedOn });
    };
    join('COUNTIES', 'CONVENOR');
    join('CIVIL_AFFAIRS', 'OFFICE');
    for (const unit of CORE_MEMBERS)
      join(unit, 'MEMBER', unit === 'POVERTY_ALLEVIATION' ? addDays(established, this.rng.int(0, 400)) : established);
    for (const unit of OPTIONAL_MEMBERS) if (this.rng.chance(0.7)) join(unit, 'MEMBER', addDays(established, this.rng.int(0, 700)));
    return established;
  }

  private membersOn(day: string): GovernmentUnit[] {
    return [...this.members].filter(([, joined]) => joined <= day).map(([unit]) => unit);
  }

  private meeting(heldOn: string, kind: CoordinationMeetingKind, topic: string, concerned: readonly GovernmentUnit[], decisions: number) {
    const id = uuid(this.rng);
    const present = this.membersOn(heldOn);
    // The convenor and the office are at every meeting; a plenary expects every member, a few send apologies.
    const attendees = present.filter(
      (u) => u === 'COUNTIES' || u === 'CIVIL_AFFAIRS' || (kind === 'PLENARY' ? !this.rng.chance(0.08) : concerned.includes(u)),
    );
    this.rows.meetings.push({ id, regionCode: this.county.code, heldOn, kind, topic });
    this.rows.attendees.push(...attendees.map((unit) => ({ meetingId: id, unit, regionCode: this.county.code })));
    const responsible = attendees.filter((u) => u !== 'COUNTIES');
    // A case consultation assigns each unit its part for the household; other meetings decide on programmes.
    const units =
      kind === 'CASE_CONSULTATION'
        ? attendees.filter(() => this.rng.chance(0.5)).slice(0, decisions)
        : Array.from({ length: decisions }, () => (this.rng.chance(0.08) ? 'COUNTIES' : this.rng.pick(responsible)));
    for (const unit of units.length ? units : ['CIVIL_AFFAIRS' as const]) {
      const dueDate = addDays(heldOn, this.rng.int(15, 120));
      const { status, doneOn } = outcome(this.rng, heldOn, dueDate, this.today);
      const decided =
        kind === 'CASE_CONSULTATION'
          ? { text: caseDecisionText(unit), category: 'CASE_HANDLING' as const }
          : decisionOf(this.rng, unit, this.context(heldOn));
      const decision: Partial<CoordinationDecision> = {
        id: uuid(this.rng),
        meetingId: id,
        regionCode: this.county.code,
        text: decided.text,
        responsibleUnit: unit,
        dueDate,
        status,
        doneOn,
        statusNote: status === 'DONE' ? this.rng.pick(DONE_NOTES) : status === 'IN_PROGRESS' ? this.rng.pick(PROGRESS_NOTES) : null,
      };
      this.rows.decisions.push(decision);
      if (kind !== 'CASE_CONSULTATION' && unit !== 'COUNTIES' && this.rng.chance(FOLLOWED_UP))
        this.followUp(decision, decided.category, heldOn);
    }
  }

  /** The meetings held since the window opened: two plenaries a year, a few special meetings and case consultations. */
  meetings(established: string): void {
    const from = max(established, addYears(this.today, -YEARS_ON_RECORD));
    for (let year = Number(from.slice(0, 4)); year <= Number(this.today.slice(0, 4)); year++) {
      for (const firstHalf of [true, false]) {
        const heldOn = firstHalf
          ? `${year}-06-${10 + this.rng.int(0, 18)}`
          : `${year}-12-${String(5 + this.rng.int(0, 20)).padStart(2, '0')}`;
        if (heldOn < from || heldOn > this.today) continue;
        this.meeting(heldOn, 'PLENARY', plenaryTopic(this.context(heldOn), firstHalf), [], this.rng.int(2, 4));
      }
      const yearFrom = max(from, `${year}-01-01`);
      const yearTo = min(this.today, `${year}-12-31`);
      if (yearFrom > yearTo) continue;
      const days = daysBetween(yearFrom, yearTo) + 1;
      for (let i = prorated(this.rng, this.rng.int(1, 3), days); i > 0; i--) {
        const heldOn = dayBetween(this.rng, yearFrom, yearTo);
        const special = this.rng.pick(SPECIAL_MEETINGS);
        this.meeting(heldOn, 'SPECIAL', special.topic.replace('{year}', String(year)), special.units, this.rng.int(1, 3));
      }
      for (let i = prorated(this.rng, this.rng.int(2, 5), days); i > 0; i--) {
        const heldOn = dayBetween(this.rng, yearFrom, yearTo);
        const units = CASE_UNITS.filter(() => this.rng.chance(0.35));
        this.meeting(heldOn, 'CASE_CONSULTATION', caseTopic(this.context(heldOn), this.rng.pick(CASE_NEEDS)), units, this.rng.int(1, 2));
      }
    }
  }

  private item(
    fields: Pick<SupervisionItem, 'unit' | 'category' | 'source' | 'decisionId' | 'task' | 'openedOn' | 'deadline'>,
    settled?: { status: ImplementationStatus; doneOn: string | null },
  ) {
    const id = uuid(this.rng);
    const { status, doneOn } = settled ?? outcome(this.rng, fields.openedOn, fields.deadline, this.today);
    const closedOn = doneOn === null ? null : max(doneOn, fields.openedOn);
    let deadline = fields.deadline;
    // An item under way has been reported on; a done one mostly was before it was closed.
    const reports = status === 'IN_PROGRESS' ? this.rng.int(1, 3) : status === 'DONE' ? this.rng.int(0, 2) : 0;
    let reportedOn = fields.openedOn;
    for (let i = 0; i < reports; i++) {
      reportedOn = dayBetween(this.rng, reportedOn, closedOn ?? this.today);
      // Now and then the county extends a deadline that was about to pass.
      const extended =
        status !== 'DONE' && i === reports - 1 && this.rng.chance(0.15) ? addDays(max(deadline, reportedOn), this.rng.int(15, 60)) : null;
      if (extended) deadline = extended;
      const note = extended ? EXTENSION_NOTE : this.rng.pick(PROGRESS_NOTES);
      // Numbered by the database in the order they are listed here: oldest first.
      this.rows.progress.push({ itemId: id, reportedOn, note, newDeadline: extended });
    }
    this.rows.items.push({
      id,
      regionCode: this.county.code,
      ...fields,
      deadline,
      status,
      closedOn,
      closingNote: closedOn === null ? null : this.rng.pick(DONE_NOTES),
    });
  }

  /** A supervision item following up a decision: addressed to its unit, due when it is, done when it was. */
  private followUp(decision: Partial<CoordinationDecision>, category: SupervisionCategory, heldOn: string) {
    const openedOn = min(addDays(heldOn, this.rng.int(1, 7)), this.today);
    this.item(
      {
        unit: decision.responsibleUnit!,
        category,
        source: 'MEETING_DECISION',
        decisionId: decision.id!,
        task: `督办联席会议议定事项：${decision.text}`.slice(0, 500),
        openedOn,
        deadline: max(decision.dueDate!, openedOn),
      },
      { status: decision.status!, doneOn: decision.doneOn ?? null },
    );
  }

  /** Items assigned from above, found by inspection or raised by residents, over the last year and a half. */
  otherItems(): void {
    const count = Math.round((this.rng.int(...OTHER_ITEMS_PER_YEAR) * 3) / 2);
    for (let i = 0; i < count; i++) {
      const source = this.rng.weighted<SupervisionSource>([
        ['CITY_ASSIGNMENT', 40],
        ['INSPECTION', 35],
        ['PETITION', 25],
      ]);
      const category: SupervisionCategory =
        source === 'PETITION'
          ? 'CASE_HANDLING'
          : this.rng.weighted<SupervisionCategory>([
              ['POLICY_IMPLEMENTATION', 20],
              ['FUNDS', 20],
              ['VERIFICATION', 25],
              ['RECTIFICATION', 20],
              ['INFORMATION_SHARING', 15],
            ]);
      const openedOn = addDays(this.today, -this.rng.int(0, 540));
      this.item({
        unit: this.rng.pick(CATEGORY_UNITS[category]),
        category,
        source,
        decisionId: null,
        task: taskText(this.rng, category, this.context(openedOn)),
        openedOn,
        deadline: addDays(openedOn, this.rng.int(15, 180)),
      });
    }
  }
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:counties`);
  const rows: Rows = { mechanisms: [], members: [], meetings: [], attendees: [], decisions: [], items: [], progress: [] };
  for (const county of REGIONS) {
    const records = new CountyRecords(rng.fork(county.code), county, city.today, rows);
    records.meetings(records.mechanism());
    records.otherItems();
  }

  await insertMany<Township>(
    db,
    Township,
    TOWNSHIPS.map((t) => ({
      code: t.code,
      countyCode: t.countyCode,
      name: t.name,
      kind: t.kind,
      windowName: t.window.name,
      windowAddress: t.window.address,
      windowHours: t.window.hours,
      windowPhone: t.window.phone,
    })),
  );
  await insertMany(db, CoordinationMechanism, rows.mechanisms);
  await insertMany(db, CoordinationMember, rows.members);
  await insertMany(db, CoordinationMeeting, rows.meetings);
  await insertMany(db, MeetingAttendee, rows.attendees);
  await insertMany(db, CoordinationDecision, rows.decisions);
  await insertMany(db, SupervisionItem, rows.items);
  await insertMany(db, SupervisionProgress, rows.progress);
}
