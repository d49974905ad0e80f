// The price bureau's writes: price indices, survey households and their months, the linkage rules, through runMutation.
import { randomUUID } from 'node:crypto';
import { badUserInput } from '../../../../shared/src/errors';
import { cityToday } from '../../../../shared/src/dates';
import { birthDateOf } from '../../../../shared/src/id-number';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, personKeyArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation } from '../../../../shared/src/writes/mutation';
import { changeRow, conflictOn, forUpdate, save, textArg } from '../../../../shared/src/writes/rows';
import { PriceIndex, PriceLinkageRule, SurveyHousehold, SurveyMonth } from '../entities';
import { formatIndex, indexArg, monthArg } from '../figures';
import type { MutationResolvers } from '../generated/graphql';
import { multiplierArg, riseArg } from '../linkage';
import {
  CATEGORIES,
  CATEGORY_COLUMN,
  checkIndexCorrection,
  checkPublishedOn,
  checkSampledOn,
  checkSpendsSomething,
  checkSurveyMonth,
  checkWithdrawal,
  householdSizeArg,
  spendingArg,
} from '../rules';

const householdOf = (personId: string) => `the survey household headed by ${personId}`;

const INDEX_ID = /^\d{4}-(0[1-9]|1[0-2]):(CPI|FOOD_CPI)$/;

function indexIdArg(field: string, id: string): string {
  if (!INDEX_ID.test(id))
    throw badUserInput(field, `${JSON.stringify(id.slice(0, 40))} is not a price index id (YYYY-MM:CPI or YYYY-MM:FOOD_CPI)`);
  return id;
}

export const Mutation: MutationResolvers = {
  publishPriceIndex: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const month = monthArg('input.month', input.month);
    const valueTenths = indexArg('input.value', input.value);
    checkPublishedOn('input.publishedOn', month, input.publishedOn);
    const id = `${month}:${input.kind}`;
    return runMutation(db, identity, { access, operation: 'publishPriceIndex', idempotencyKey, input }, async (tx) => {
      const published = await tx.manager.getRepository(PriceIndex).findOne({ where: { id } });
      if (published) {
        throw conflictOn(
          'input.month',
          `the ${input.kind} of ${month} was published on ${published.publishedOn} as ${formatIndex(published.valueTenths)} (version ${published.version}); correct it instead`,
          id,
        );
      }
      return save(
        tx,
        PriceIndex,
        'PriceIndex',
        id,
        null,
        Object.assign(new PriceIndex(), {
          id,
          kind: input.kind,
          month,
          valueTenths,
          publishedOn: input.publishedOn,
          correctionReason: null,
          version: 1,
        }),
      );
    });
  },

  correctPriceIndex: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = indexIdArg('input.id', input.id);
    const valueTenths = indexArg('input.value', input.value);
    const reason = textArg('input.reason', input.reason, 500);
    const index = { where: { id }, what: `price index ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'correctPriceIndex', idempotencyKey, input }, (tx) =>
      changeRow(tx, PriceIndex, 'PriceIndex', index, (current) => {
        checkIndexCorrection(current, valueTenths, input.publishedOn);
        return { valueTenths, publishedOn: input.publishedOn, correctionReason: reason };
      }),
    );
  },

  enrollSurveyHousehold: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    checkSampledOn(input.sampledOn, birthDateOf(idNumber));
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'enrollSurveyHousehold', idempotencyKey, input }, async (tx) => {
      const existing = await tx.manager.getRepository(SurveyHousehold).findOne({ where: { personKey: key } });
      if (existing) {
        throw conflictOn(
          'input.idNumber',
          `the person already heads a survey household (${existing.status}, sampled on ${existing.sampledOn}); ${
            existing.status === 'ACTIVE' ? 'record its months instead' : 'a household that left is not entered again'
          }`,
          key,
        );
      }
      return save(
        tx,
        SurveyHousehold,
        'SurveyHousehold',
        key,
        null,
        Object.assign(new SurveyHousehold(), {
          personKey: key,
          idNumber,
          regionCode,
          stratum: input.stratum,
          sampledOn: input.sampledOn,
          status: 'ACTIVE',
          withdrawnOn: null,
          withdrawnReason: null,
          version: 1,
        }),
      );
    });
  },

  withdrawSurveyHousehold: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const personId = personKeyArg('input.personId', input.personId);
    const reason = textArg('input.reason', input.reason, 500);
    access.persons.add(personId);
    // Locked, as recordSurveyMonth locks it: a month being recorded now is seen once it commits.
    const household = { where: { personKey: personId }, what: householdOf(personId), version: input.version, historyId: personId };
    return runMutation(db, identity, { access, operation: 'withdrawSurveyHousehold', idempotencyKey, input }, (tx) =>
      changeRow(tx, SurveyHousehold, 'SurveyHousehold', household, async (current) => {
        const last = await tx.manager.getRepository(SurveyMonth).findOne({ where: { personKey: personId }, order: { month: 'DESC' } });
        checkWithdrawal(current, input.withdrawnOn, last?.month ?? null);
        return { status: 'WITHDRAWN', withdrawnOn: input.withdrawnOn, withdrawnReason: reason };
      }),
    );
  },

  recordSurveyMonth: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const personId = personKeyArg('input.personId', input.personId);
    const month = monthArg('input.month', input.month);
    const householdSize = householdSizeArg('input.householdSize', input.householdSize);
    const spending = spendingArg('input.spending', input.spending, true);
    access.persons.add(personId);
    return runMutation(db, identity, { access, operation: 'recordSurveyMonth', idempotencyKey, input }, async (tx) => {
      const household = await forUpdate(tx.manager, SurveyHousehold, { personKey: personId }, householdOf(personId));
      checkSurveyMonth(household, month);
      const recorded = await tx.manager.getRepository(SurveyMonth).findOne({ where: { personKey: personId, month } });
      if (recorded) {
        throw conflictOn(
          'input.month',
          `the household recorded ${month} on ${recorded.recordedOn} (version ${recorded.version}); correct that record instead`,
          recorded.id,
        );
      }
      const id = randomUUID();
      const row = Object.assign(new SurveyMonth(), {
        id,
        personKey: personId,
        month,
        householdSize,
        ...spending,
        recordedOn: cityToday(),
        correctionReason: null,
        version: 1,
      });
      checkSpendsSomething(row);
      return save(tx, SurveyMonth, 'SurveyMonth', id, null, row);
    });
  },

  correctSurveyMonth: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const householdSize = input.householdSize == null ? null : householdSizeArg('input.householdSize', input.householdSize);
    const spending = input.spending == null ? null : spendingArg('input.spending', input.spending, false);
    if (householdSize === null && spending === null) throw badUserInput('input', 'corrects nothing: give householdSize or spending');
    const reason = textArg('input.reason', input.reason, 500);
    const month = { where: { id }, what: `survey month ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'correctSurveyMonth', idempotencyKey, input }, (tx) =>
      changeRow(tx, SurveyMonth, 'SurveyMonth', month, (current) => {
        access.persons.add(current.personKey);
        const corrected = Object.assign(new SurveyMonth(), current, { householdSize: householdSize ?? current.householdSize, ...spending });
        const changes =
          corrected.householdSize !== current.householdSize ||
          CATEGORIES.some((c) => corrected[CATEGORY_COLUMN[c]] !== current[CATEGORY_COLUMN[c]]);
        if (!changes) throw badUserInput('input', `corrects nothing: the record of ${current.month} already has these figures`);
        checkSpendsSomething(corrected);
        return { householdSize: corrected.householdSize, ...spending, recordedOn: cityToday(), correctionReason: reason };
      }),
    );
  },

  adoptPriceLinkageRule: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const validFrom = monthArg('input.validFrom', input.validFrom);
    const validTo = input.validTo == null ? null : monthArg('input.validTo', input.validTo);
    if (validTo !== null && validTo < validFrom)
      throw badUserInput('input.validTo', `must not be before input.validFrom (${validFrom}), got ${validTo}`);
    const figures = ruleFigures(input);
    const basis = textArg('input.basis', input.basis, 500);
    return runMutation(db, identity, { access, operation: 'adoptPriceLinkageRule', idempotencyKey, input }, (tx) => {
      const id = randomUUID();
      const rule = Object.assign(new PriceLinkageRule(), {
        id,
        validFrom,
        validTo,
        ...figures,
        adoptedOn: cityToday(),
        basis,
        correctionReason: null,
        version: 1,
      });
      return save(tx, PriceLinkageRule, 'PriceLinkageRule', id, null, rule);
    });
  },

  changePriceLinkageRule: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const figures = ruleFigures(input);
    if (!Object.keys(figures).length)
      throw badUserInput('input', 'changes nothing: give cpiTrigger, foodCpiTrigger, multiplier or minimum');
    const reason = textArg('input.reason', input.reason, 500);
    const rule = { where: { id }, what: `price linkage rule ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'changePriceLinkageRule', idempotencyKey, input }, (tx) =>
      changeRow(tx, PriceLinkageRule, 'PriceLinkageRule', rule, (current) => {
        if (Object.entries(figures).every(([k, v]) => String(current[k as keyof typeof figures]) === String(v)))
          throw badUserInput('input', 'changes nothing: the rule already has these figures');
        return { ...figures, correctionReason: reason };
      }),
    );
  },
};

/** A rule's triggers and formula as given (those left out are absent), checked and in the table's integers. */
function ruleFigures(input: {
  cpiTrigger?: string | null;
  foodCpiTrigger?: string | null;
  multiplier?: string | null;
  minimum?: bigint | null;
}) {
  const figures: Partial<Pick<PriceLinkageRule, 'cpiTriggerTenths' | 'foodCpiTriggerTenths' | 'multiplierPercent' | 'minimumFen'>> = {};
  if (input.cpiTrigger != null) figures.cpiTriggerTenths = riseArg('input.cpiTrigger', input.cpiTrigger, 200);
  if (input.foodCpiTrigger != null) figures.foodCpiTriggerTenths = riseArg('input.foodCpiTrigger', input.foodCpiTrigger, 300);
  if (input.multiplier != null) figures.multiplierPercent = multiplierArg('input.multiplier', input.multiplier);
  if (input.minimum != null) {
    if (input.minimum > 100000n) throw badUserInput('input.minimum', 'must be at most 1000.00');
    figures.minimumFen = input.minimum.toString();
  }
  return figures;
}
