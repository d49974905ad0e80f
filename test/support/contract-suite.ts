// The contract every agency's subgraph keeps, generated from its SDL and a small spec: one `agencyContractSuite(name, spec)` per agency.
//
// What the SDL says is derived: the root fields and who may call them, the entities and the policy of each
// field under them, the lists. The spec declares only what the SDL cannot: whose records to read, examples
// of each list's filters, and how to make a record of each kind. Each generated test proves one behaviour
// for this agency; a behaviour the agency gets wrong today is named in `knownGaps` and runs as test.failing.
import { randomUUID } from 'node:crypto';
import { getNamedType, GraphQLField, GraphQLObjectType, isObjectType } from 'graphql';
import { compose, registrySources } from '../../gateway/src/supergraph';
import { COHORT_KEYS_PAGE_MAX, cohortKeyListsOf } from '../../shared/src/cohorts/keys';
import { accessLogFieldName } from '../../shared/src/audit/resolvers';
import { purposesForRole } from '../../shared/src/auth/purposes';
import { knownRoles, scopesForRole, scopesForService } from '../../shared/src/auth/roles';
import { looksLikeIdNumber } from '../../shared/src/id-number';
import { formatMoney } from '../../shared/src/money';
import { personKey } from '../../shared/src/person-key';
import { subgraphSdl } from '../../shared/src/schema';
import { expectErrorCode, GraphQLResponse, post } from '../../shared/src/testing/graphql';
import {
  answerObjects,
  AnswerObject,
  describePolicy,
  entityTypes,
  keyFieldOf,
  fullSelection,
  isPersonalData,
  listFields,
  minimalSelection,
  policiesOf,
  rootFields,
  sampleInput,
  unmetPolicy,
} from '../../shared/src/testing/sdl';
import { faults } from '../../shared/src/writes/mutation';
import { serviceRole } from '../../shared/src/auth/service-identity';
import { signIdentity } from '../../shared/src/auth/tokens';
import { loadGatewayConfig } from '../../shared/src/config';
import { cityToday } from '../../shared/src/dates';
import { hasInbox, inboxFieldNames } from '../../shared/src/referrals/units';
import { developmentServiceKey } from '../../shared/src/auth/service-identity';
import { signAuthorisation } from '../../shared/src/verification/authorisation';
import { verificationFactsFieldName } from '../../shared/src/verification/facts';
import { AGENCY_NAMES, INTAKE_AGENCIES } from '../../subgraphs/registry';
import { AccessLogRow, agencySchema, agencyTestKit, AgencyKit, KitResponse } from './agency';

type Input = Record<string, unknown>;
type Answer = Record<string, any>;
/** Runs a write as the agency's writer and returns its answer (every field of its type); fails on any error. */
export type Write = (mutation: string, input: Input) => Promise<Answer>;

/** One kind of record the agency writes: how to make a new one, and how to change it. */
export interface WriteSpec {
  /** The write that makes the record. */
  mutation: string;
  /** Its input for a new record, different on every call; it may first write what the record needs. */
  input: (write: Write) => Input | Promise<Input>;
  /** A write that changes the record, taking the version the caller read. */
  change?: string;
  /** The change's input for the record `input` made (its answer, and that input), without `version`: the suite sends the version. */
  changeInput?: (record: Answer, write: Write, made: Input) => Input | Promise<Input>;
}

/** A list's filters: some it accepts, each selecting two nodes or more, and some it refuses. */
export interface ListSpec {
  /** Who walks the list: the analyst unless named. */
  role?: string;
  valid: Input[];
  /** A filter the list refuses, the input field the refusal names, and what its message says when that matters. */
  invalid: [filter: Input, field: string, message?: RegExp][];
  /** What makes the nodes the valid filters select, before each walk (the inbox's deliveries). */
  before?: () => Promise<void>;
}

export interface ContractSpec {
  /** People in the demo city the suite's subgraph is seeded with. */
  people?: number;
  /**
   * SQL selecting the keys of records the agency holds, for each entity type it resolves (Person, Household):
   * the suite reads, refuses and logs on them, so they should reach every kind of record the agency keeps.
   */
  held: Record<string, string>;
  /** Arguments of a root field the suite cannot make up (an ID number to look a person up by). */
  arguments?: Record<string, (kit: AgencyKit) => Input | Promise<Input>>;
  lists: Record<string, ListSpec>;
  writes: WriteSpec[];
  /** The role that writes: the agency's own unless named. */
  writer?: string;
  /** Roles whose view of each entity is compared with a caseworker's: every other role unless named. */
  viewers?: string[];
  /** Fields whose value a resolver shapes for each caller (tested by the agency's own tests): the suite checks only that they answer. */
  shapedByResolvers?: string[];
  /**
   * Writes that concern no person or household (a county's budget line, a construction project, a price index),
   * each with why: their access-log row must name nobody, where every other write's must name whom it concerns.
   */
  concernNoOne?: Record<string, string>;
  /**
   * Mutations only agencies' services call (shared/src/auth/service-identity.ts), each with what it is for: no
   * person's role may call them (the suite proves each refuses every one), and the service's own test proves
   * what they do.
   */
  serviceWrites?: Record<string, string>;
  /**
   * Mutations that run a workflow across agencies through the graph, each with the test that proves it through the
   * gateway: the suite runs the agency alone, with no graph to reach, so it proves only who may start them.
   */
  workflows?: Record<string, string>;
  /** Generated tests this agency fails today, by title, each with what is wrong: they run as test.failing until it is fixed. */
  knownGaps?: Record<string, string>;
  /**
   * Root fields that read more than they answer (a published count reads every person it counts and names none), each
   * with why, the fields its row names beyond the answer's, and what its row's filters add to the arguments.
   */
  readsBeyondAnswer?: Record<string, { why: string; fields: string[]; filters: (kit: AgencyKit) => Promise<Record<string, unknown>> }>;
}

/** The role whose view of the records is the whole of them: every other view is compared with it. */
const REFERENCE = 'caseworker';
const ROLES = knownRoles(AGENCY_NAMES);
const scopesOf = (role: string) => scopesForRole(role, AGENCY_NAMES, INTAKE_AGENCIES)!;
const purposeOf = (role: string) => purposesForRole(role)[0];
const FORGED_CURSORS = ['not-a-cursor', Buffer.from('not-a-cursor').toString('base64url')];
const BAD_PAGE_SIZES = [0, -1, 101];
/** The access log every subgraph serves (shared/src/audit/resolvers.ts): one list, declared once. */
const ACCESS_LOG_LIST: ListSpec = {
  role: 'admin',
  // Rows of the caseworker's reads: the walker's own reads of the log are rows too, and are not in this filter.
  valid: [{ subject: 'test-caseworker' }],
  invalid: [
    [{ personId: 'someone' }, 'filter.personId'],
    [{ personId: '' }, 'filter.personId'],
    [{ householdId: 'not-a-household' }, 'filter.householdId'],
    [{ from: '2026-02-01T00:00:00+08:00', to: '2026-01-01T00:00:00+08:00' }, 'filter.from'],
    [{ from: 'yesterday' }, 'filter.from', /ISO 8601/],
  ],
};

/** The message shared/src/auth/policy.ts refuses a field with. */
const refusalMessage = (path: string, role: string, policy: string[][]) =>
  `${path} needs scope ${describePolicy(policy)}; role ${role} does not have it`;

export function agencyContractSuite(name: string, given: ContractSpec): void {
  const writer = given.writer ?? name;
  const kit = agencyTestKit(name, { people: given.people ?? 800, role: writer });
  const spec = withInbox(name, given, kit);
  const schema = agencySchema(name);
  const query = schema.getQueryType()!;
  const mutations = schema.getMutationType()?.getFields() ?? {};
  const logField = accessLogFieldName(name);
  const factsField = verificationFactsFieldName(name);
  const viewers = spec.viewers ?? ROLES.filter((r) => r !== REFERENCE);
  const shaped = new Set(spec.shapedByResolvers ?? []);
  const cohorts = cohortKeyListsOf(name, subgraphSdl(name));
  // Lists by filter: civil affairs' cohort takes a condition instead, and its own tests page it (its test/cohort.test.ts).
  const filteredLists = listFields(schema).filter((f) => f.args.some((arg) => arg.name === 'filter'));

  const gaps = new Map(Object.entries(spec.knownGaps ?? {}));
  /** A generated test; one the spec names as a known gap runs as test.failing and says so. */
  const check = (title: string, fn: () => Promise<void>) => {
    const gap = gaps.get(title);
    gaps.delete(title);
    if (gap) test.failing(`KNOWN GAP (${gap}): ${title}`, fn);
    else test(title, fn);
  };

  const heldKeys = new Map<string, Promise<string[]>>();
  const held = (type: string) => {
    if (!heldKeys.has(type)) heldKeys.set(type, kit.keys(spec.held[type]));
    return heldKeys.get(type)!;
  };
  /** Whether the agency keeps records on persons at all: one that does not (counties) resolves neither entity. */
  const holdsPersons = Boolean(schema.getType('Person') || schema.getType('Household'));
  /**
   * A caseworker's read that the access log records: a held person by key, or, where the agency keeps no records on
   * persons, every field of a held entity of its own (some of them carry a policy, so the read is logged).
   */
  const recordedRead = async () => {
    if (spec.held.Person) return kit.entities((await held('Person')).slice(0, 1), 'id', REFERENCE);
    const entity = entityTypes(schema).find((t) => spec.held[t.name])!;
    const [key] = await held(entity.name);
    return kit.post(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${entity.name} ${fullSelection(entity)} } }`,
      { r: [{ __typename: entity.name, [keyFieldOf(entity)]: key }] },
      REFERENCE,
    );
  };

  describe(`${name}: identity and scopes`, () => {
    const unauthenticated = async (text: string, variables: Input) => {
      const res = await post(kit.url, text, variables);
      expect(res.status).toBe(401);
      expectErrorCode(res, 'UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    };
    for (const { type, field } of rootFields(schema)) {
      const isMutation = type === schema.getMutationType();
      const operation = async () => {
        const input = isMutation ? field.args.find((a) => a.name === 'input') : undefined;
        const args = input ? { input: sampleInput(input.type) } : await requiredArguments(field);
        return { text: operationText(isMutation ? 'mutation' : 'query', field, args, minimalSelection(field.type)), args };
      };
      check(`${field.name} refuses a caller without the gateway's identity: 401 UNAUTHENTICATED`, async () => {
        const { text, args } = await operation();
        await unauthenticated(text, args);
      });
      const policies = policiesOf(type, field.name);
      if (!isPersonalData(policies)) continue;
      const lacking = ROLES.filter((role) => unmetPolicy(policies, scopesOf(role)));
      const need = policies
        .filter((p) => p.length > 0)
        .map(describePolicy)
        .join('; ');
      check(
        `${field.name} is refused FORBIDDEN to every role without ${need}${isMutation ? ', and writes nothing' : ', and answered to the roles with it'}`,
        async () => {
          const { text, args } = await operation();
          const before = isMutation ? await snapshot() : undefined;
          for (const role of lacking) {
            const res = await kit.post(text, args, role);
            const message = refusalMessage(`${type.name}.${field.name}`, role, unmetPolicy(policies, scopesOf(role))!);
            expect({ role, message: expectErrorCode(res, 'FORBIDDEN', field.name).message }).toEqual({ role, message });
            expect(res.data?.[field.name] ?? null).toBeNull();
          }
          if (before) expect(await snapshot()).toEqual(before);
          if (isMutation) return;
          for (const role of ROLES.filter((r) => !lacking.includes(r))) {
            const res = await kit.post(text, args, role);
            const refusals = (res.errors ?? []).filter((e) => e.message.startsWith(`${type.name}.${field.name} needs scope`));
            expect({ role, refusals }).toEqual({ role, refusals: [] });
          }
        },
      );
    }
    for (const entity of entityTypes(schema)) {
      check(`_entities refuses a caller without the gateway's identity: 401 UNAUTHENTICATED (${entity.name})`, async () => {
        const [key] = await held(entity.name);
        const keyField = keyFieldOf(entity);
        await unauthenticated(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ${entity.name} { ${keyField} } } }`, {
          r: [{ __typename: entity.name, [keyField]: key }],
        });
      });
    }
  });

  describe(`${name}: what each role sees of an entity`, () => {
    for (const entity of entityTypes(schema)) {
      if (!spec.held[entity.name]) continue;
      const selection = fullSelection(entity).slice(1, -1);
      const read = async (role: string) =>
        kit.post(
          `query ContractRead($r: [_Any!]!) { _entities(representations: $r) { ... on ${entity.name} { ${selection} } } }`,
          { r: (await held(entity.name)).map((key) => ({ __typename: entity.name, [keyFieldOf(entity)]: key })) },
          role,
        );

      check(
        `the held ${entity.name}s reach every type under them that carries a policy, so each view below reads every field`,
        async () => {
          const reference = await read(REFERENCE);
          expect(reference.errors).toBeUndefined();
          const reached = new Set(answerObjects(reference.data!._entities, entity).map((o) => o.type.name));
          expect([...typesWithPolicies(entity)].filter((t) => !reached.has(t))).toEqual([]);
        },
      );

      for (const role of viewers) {
        check(
          `${role} sees of a ${entity.name} what a ${REFERENCE} sees, less each field it lacks the scopes for: null, with FORBIDDEN at its path`,
          async () => {
            const reference = await read(REFERENCE);
            expect(reference.errors).toBeUndefined();
            const refused: Refused[] = [];
            const expected = viewOf(role, reference.data!._entities, entity, ['_entities'], refused);
            const res = await read(role);
            expect(res.data!._entities).toEqual(expected);
            const errors = (res.errors ?? []).map((e) => ({ path: e.path?.join('.'), code: e.extensions?.code, message: e.message }));
            expect(sortByJson(errors)).toEqual(sortByJson(refused.map((r) => ({ path: r.at, code: 'FORBIDDEN', message: r.message }))));
            // Not vacuous: every field the role lacks the scopes for was there to be refused.
            const lacked = new Set(refused.map((r) => r.field));
            const reachable = answerObjects(expected, entity).flatMap((o) =>
              Object.keys(o.value)
                .filter((k) => unmetPolicy(policiesOf(o.type, k), scopesOf(role)))
                .map((k) => `${o.type.name}.${k}`),
            );
            expect([...new Set(reachable)].filter((f) => !lacked.has(f))).toEqual([]);
          },
        );
      }

      check(
        `a read of ${entity.name}s through _entities leaves one access-log row for each caller: who, why, the records and fields read, the fields refused`,
        async () => {
          for (const role of [REFERENCE, ...viewers]) {
            const res = await read(role);
            const objects = answerObjects(res.data!._entities, entity, ['_entities']);
            expect({ role, rows: (await kit.accessLog(res)).map(normalRow) }).toEqual({
              role,
              rows: expectedRows(role, 'ContractRead', objects, {}),
            });
          }
        },
      );
    }

    if (spec.held.Person) {
      check(`an auditor finds a read in ${logField} by the person it read, as its row records it`, async () => {
        const [key] = await held('Person');
        const read = await kit.entities([key], fullSelection(schema.getType('Person') as GraphQLObjectType).slice(1, -1), REFERENCE);
        const [row] = await kit.accessLog(read);
        const res = await kit.post(
          `query($p: ID!) { ${logField}(filter: { personId: $p }, first: 100) { nodes { requestId subject role purpose operation personIds fields } } }`,
          { p: key },
          'auditor',
        );
        expect(res.errors).toBeUndefined();
        expect(res.data![logField].nodes.find((n: { requestId: string }) => n.requestId === read.requestId)).toEqual({
          requestId: read.requestId,
          subject: row.subject,
          role: row.role,
          purpose: row.purpose,
          operation: row.operation,
          personIds: row.person_keys,
          fields: row.fields,
        });
      });
    }
  });

  describe(`${name}: lists`, () => {
    for (const list of filteredLists) {
      const isLog = list.name === logField;
      const listSpec = isLog ? ACCESS_LOG_LIST : spec.lists[list.name];
      const role = listSpec?.role ?? 'analyst';
      const filterType = String(list.args.find((a) => a.name === 'filter')!.type);
      const ask = (variables: Input) =>
        kit.post(
          `query($filter: ${filterType}, $first: Int, $after: String) { ${list.name}(filter: $filter, first: $first, after: $after) { totalCount } }`,
          variables,
          role,
        );

      for (const filter of [...(isLog ? [] : [undefined]), ...(listSpec?.valid ?? [])]) {
        check(
          `${list.name}${filter ? `(filter: ${JSON.stringify(filter)})` : ''} walked page by page lists each node once, as many as its totalCount`,
          async () => {
            if (isLog) for (let i = 0; i < 3; i++) await recordedRead();
            await listSpec?.before?.();
            const total = (await ask({ filter, first: 1 })).data![list.name].totalCount;
            expect(total).toBeGreaterThan(1);
            const { ids, totalCount } = await kit.walk(list.name, filter ?? {}, Math.min(100, Math.ceil(total / 3)), role);
            expect(new Set(ids).size).toBe(ids.length);
            expect({ listed: ids.length, totalCount }).toEqual({ listed: total, totalCount: total });
          },
        );
      }
      for (const first of BAD_PAGE_SIZES) {
        check(`${list.name} refuses a page size of ${first} as BAD_USER_INPUT naming first`, async () => {
          expectRefused(await ask({ first }), list.name, 'first');
        });
      }
      for (const after of FORGED_CURSORS) {
        check(
          `${list.name} refuses the cursor ${JSON.stringify(after)}, which it never gave out, as BAD_USER_INPUT naming after`,
          async () => {
            expectRefused(await ask({ after }), list.name, 'after');
          },
        );
      }
      for (const [filter, field, message] of listSpec?.invalid ?? []) {
        const title = `${list.name}(filter: ${JSON.stringify(filter)}) is refused as BAD_USER_INPUT naming ${field}`;
        check(title, async () => {
          expectRefused(await ask({ filter }), list.name, field, message);
        });
      }
    }
  });

  describe(`${name}: cohort keys`, () => {
    for (const { list, field, filterType, node } of cohorts) {
      const listSpec = spec.lists[list];
      const role = listSpec?.role ?? 'analyst';
      const text = `query ContractCohortKeys($filter: ${filterType}, $among: [ID!], $after: ID, $first: Int) { ${field}(filter: $filter, among: $among, after: $after, first: $first) { keys hasMore } }`;
      const ask = (variables: Input) => kit.post(text, variables, role);
      /** Every key of the field under `filter`, page by page; a page with more after it is full. */
      const pagedKeys = async (filter: Input | undefined, first: number) => {
        const keys: string[] = [];
        for (let after: string | undefined; ;) {
          const res = await ask({ filter, after, first });
          if (res.errors) throw new Error(`${field} answered with errors: ${JSON.stringify(res.errors)}`);
          const page = res.data![field];
          keys.push(...page.keys);
          if (!page.hasMore) return keys;
          expect(page.keys).toHaveLength(first);
          after = page.keys[first - 1];
        }
      };
      /** The persons the list lists under `filter`: its nodes, or its households' members. */
      const listedPersons = async (filter: Input | undefined) => {
        const { ids } = await kit.walk(list, filter ?? {}, 100, role);
        if (node === 'Person') return ids;
        return (await kit.resolve(ids, 'members { id }', role, 'Household')).flatMap((h) => h.members.map((m: { id: string }) => m.id));
      };

      for (const filter of [undefined, ...(listSpec?.valid ?? [])]) {
        check(
          `${field}${filter ? `(filter: ${JSON.stringify(filter)})` : ''} pages through the person keys ${list} lists under the same filter${node === 'Household' ? " (its households' members)" : ''}, ascending, each once`,
          async () => {
            await listSpec?.before?.();
            const listed = [...new Set(await listedPersons(filter))].sort();
            expect(listed.length).toBeGreaterThan(1);
            expect(await pagedKeys(filter, Math.ceil(listed.length / 3))).toEqual(listed);
          },
        );
      }
      check(`${field} refuses a page size of 0, -1 or ${COHORT_KEYS_PAGE_MAX + 1} as BAD_USER_INPUT naming first`, async () => {
        for (const first of [0, -1, COHORT_KEYS_PAGE_MAX + 1]) expectRefused(await ask({ first }), field, 'first');
      });
      check(`${field} refuses an after that is not a person key, such as a cursor of ${list}, as BAD_USER_INPUT naming after`, async () => {
        for (const after of ['someone', FORGED_CURSORS[1]]) expectRefused(await ask({ after }), field, 'after');
      });
      if (listSpec?.invalid.length) {
        check(`${field} refuses each filter ${list} refuses, as BAD_USER_INPUT naming the same field`, async () => {
          for (const [filter, at, message] of listSpec.invalid) expectRefused(await ask({ filter }), field, at, message);
        });
      }
      check(`${field} puts each key it answers on the ${name} access log, with its arguments`, async () => {
        const args = { filter: listSpec?.valid[0], first: 2 };
        const res = await ask(args);
        expect(res.data![field].keys).toHaveLength(2);
        expect((await kit.accessLog(res)).map(normalRow)).toEqual([
          normalRow({
            subject: `test-${role}`,
            role,
            purpose: purposeOf(role),
            operation: 'ContractCohortKeys',
            person_keys: res.data![field].keys,
            household_keys: [],
            fields: [`Query.${field}`],
            filters: { [field]: loggedArguments(args) },
            refusals: null,
          }),
        ]);
      });
      check(
        `${field}(among: …) answers the keys of among, in any order, that ${list} selects, ascending, and logs those and how many were asked`,
        async () => {
          await listSpec?.before?.();
          const filter = listSpec?.valid[0];
          const selected = await listedPersons(filter);
          const selects = new Set(selected);
          // Keys the agency holds that the filter does not select, and a person it holds nothing on.
          const others = (await listedPersons(undefined)).filter((k) => !selects.has(k)).slice(0, 3);
          const among = [...selected.slice(0, 4), ...others, personKey('11010519491231002X', 'someone else')].reverse();
          const expected = among.filter((k) => selects.has(k)).sort();
          expect(expected.length).toBeGreaterThan(1);
          const args = { filter, among, first: COHORT_KEYS_PAGE_MAX };
          const res = await ask(args);
          expect(res.data![field]).toEqual({ keys: expected, hasMore: false });
          expect((await ask({ filter, among, first: 1 })).data![field]).toEqual({ keys: expected.slice(0, 1), hasMore: true });
          const [row] = await kit.accessLog(res);
          expect([...row.person_keys].sort()).toEqual(expected);
          expect(row.filters).toEqual({ [field]: { ...(loggedArguments(args) as Input), among: `${among.length} keys` } });
        },
      );
      check(
        `${field} refuses among of more than ${COHORT_KEYS_PAGE_MAX} keys, or of one that is not a person key, as BAD_USER_INPUT naming among`,
        async () => {
          const key = personKey('11010519491231002X', 'someone else');
          for (const among of [Array(COHORT_KEYS_PAGE_MAX + 1).fill(key), [key, 'someone']])
            expectRefused(await ask({ among }), field, 'among');
        },
      );
    }
  });

  describe(`${name}: what each role sees through each root field`, () => {
    for (const field of Object.values(query.getFields()).filter((f) => !f.name.startsWith('_'))) {
      const policies = policiesOf(query, field.name);
      const asking = [REFERENCE, ...viewers].filter((r) => !unmetPolicy(policies, scopesOf(r)));
      if (asking.length < 2) continue;
      const [reference, ...others] = asking;
      check(
        `${field.name}: each role that may ask sees what ${/^[aeiou]/.test(reference) ? 'an' : 'a'} ${reference} sees, less each field it lacks the scopes for: null, with FORBIDDEN at its path`,
        async () => {
          const args = await readArguments(field);
          const text = operationText('query', field, args, fullSelection(field.type), 'ContractRead');
          const full = await kit.post(text, args, reference);
          expect(full.errors).toBeUndefined();
          for (const role of others) {
            const refused: Refused[] = [];
            const expected = viewOf(role, full.data![field.name], getNamedType(field.type) as GraphQLObjectType, [field.name], refused);
            const res = await kit.post(text, args, role);
            const errors = (res.errors ?? []).map((e) => ({ path: e.path?.join('.'), code: e.extensions?.code, message: e.message }));
            expect({ role, data: res.data![field.name], errors: sortByJson(errors) }).toEqual({
              role,
              data: expected,
              errors: sortByJson(refused.map((r) => ({ path: r.at, code: 'FORBIDDEN', message: r.message }))),
            });
          }
        },
      );
    }
  });

  describe(`${name}: every read on the record`, () => {
    // A unit's verification facts are read for ELIGIBILITY_VERIFICATION only, and logged with the authorisation's id
    // in place of its token: test/verification.test.ts proves their log rows.
    for (const field of Object.values(query.getFields()).filter((f) => !f.name.startsWith('_') && f.name !== factsField)) {
      const policies = policiesOf(query, field.name);
      const role = [REFERENCE, ...ROLES].find((r) => !unmetPolicy(policies, scopesOf(r)))!;
      check(
        `${field.name} read by ${role} leaves the access-log row its answer calls for: who, why, the records and fields read, the arguments`,
        async () => {
          const args = await readArguments(field);
          const res = await kit.post(operationText('query', field, args, fullSelection(field.type), 'ContractRead'), args, role);
          expect(res.errors).toBeUndefined();
          const objects = [
            { type: query, value: { [field.name]: res.data![field.name] }, path: [] },
            ...answerObjects(res.data![field.name], field.type, [field.name]),
            // A cohort keys field answers persons as bare keys: each is a person read.
            ...(cohorts.some((c) => c.field === field.name)
              ? res.data![field.name].keys.map((id: string) => ({
                  type: schema.getType('Person') as GraphQLObjectType,
                  value: { id },
                  path: [],
                }))
              : []),
          ];
          const beyond = spec.readsBeyondAnswer?.[field.name];
          const filters = Object.keys(args).length
            ? { [field.name]: { ...(loggedArguments(args) as Input), ...(beyond ? await beyond.filters(kit) : {}) } }
            : {};
          expect((await kit.accessLog(res)).map(normalRow)).toEqual(expectedRows(role, 'ContractRead', objects, filters, beyond?.fields));
        },
      );
    }
    check(`the service's database role cannot update, delete or truncate the access log of ${name}`, async () => {
      await recordedRead();
      expect(await kit.count('SELECT count(*)::int AS count FROM access_log')).toBeGreaterThan(0);
      await expect(kit.db.query("UPDATE access_log SET subject = 'someone else'")).rejects.toThrow(/permission denied/);
      await expect(kit.db.query('DELETE FROM access_log')).rejects.toThrow(/permission denied/);
      await expect(kit.db.query('TRUNCATE access_log')).rejects.toThrow(/permission denied/);
    });
  });

  describe(`${name}: writes`, () => {
    afterEach(() => {
      faults.afterFirstChange = undefined;
    });
    const seen = new Set<string>();
    for (const w of spec.writes) {
      const { mutation, change } = w;
      const changed = async (key?: string) => {
        const made = await w.input(write);
        const record = await write(mutation, made);
        const input = { ...(await w.changeInput!(record, write, made)), version: record.version };
        return { record, input, first: await send(change!, input, key) };
      };

      check(
        `${mutation}: a retry with the same idempotency key answers as the first time and writes nothing again, the first having written one row of each record`,
        async () => {
          const input = await w.input(write);
          const key = randomUUID();
          const empty = await rowCounts();
          const first = await send(mutation, input, key);
          expect(first.errors).toBeUndefined();
          // One row of each record it makes, one key kept, and one history row of each record it wrote.
          const made = difference(await rowCounts(), empty);
          expect(Object.entries(made).filter(([table, n]) => table !== 'change_history' && n !== 1)).toEqual([]);
          expect(made.idempotency_key).toBe(1);
          const twice = await kit.db.query(
            'SELECT entity_type, entity_id FROM change_history WHERE request_id = $1 GROUP BY 1, 2 HAVING count(*) > 1',
            [first.requestId],
          );
          expect({ history: made.change_history > 0, twice }).toEqual({ history: true, twice: [] });
          const before = await snapshot();
          const retry = await send(mutation, input, key);
          expect(retry.errors).toBeUndefined();
          expect(retry.data![mutation]).toEqual(first.data![mutation]);
          expect(await snapshot()).toEqual(before);
        },
      );
      check(`${mutation}: concurrent retries with one key write what one request writes`, async () => {
        const alone = await w.input(write);
        const beforeAlone = await rowCounts();
        expect((await send(mutation, alone, randomUUID())).errors).toBeUndefined();
        const oneWrites = difference(await rowCounts(), beforeAlone);
        const input = await w.input(write);
        const key = randomUUID();
        const before = await rowCounts();
        const answers = await Promise.all(Array.from({ length: 5 }, () => send(mutation, input, key)));
        expect(answers.map((a) => a.errors)).toEqual(answers.map(() => undefined));
        for (const a of answers) expect(a.data![mutation]).toEqual(answers[0].data![mutation]);
        expect(difference(await rowCounts(), before)).toEqual(oneWrites);
      });
      check(`${mutation}: an idempotency key reused for a different request is a CONFLICT and writes nothing`, async () => {
        const [first, other] = [await w.input(write), await w.input(write)];
        const key = randomUUID();
        expect((await send(mutation, first, key)).errors).toBeUndefined();
        const before = await snapshot();
        const res = await send(mutation, other, key);
        expect(expectErrorCode(res, 'CONFLICT', mutation).message).toMatch(/already used for a different request/);
        expect(await snapshot()).toEqual(before);
      });
      if (!seen.has(mutation)) {
        seen.add(mutation);
        failureAndLogTests(mutation, async () => {
          const input = await w.input(write);
          return { input, made: input };
        });
      }
      if (!change) continue;

      check(`${change}: a retry with the same idempotency key answers as the first time and changes the record once`, async () => {
        const key = randomUUID();
        const { record, input, first } = await changed(key);
        expect(first.errors).toBeUndefined();
        expect(first.data![change].version).toBe(record.version + 1);
        const before = await snapshot();
        const retry = await send(change, input, key);
        expect(retry.data![change]).toEqual(first.data![change]);
        expect(await snapshot()).toEqual(before);
      });
      check(
        `${change}: a version other than the current one, stale or never given out, is refused with STALE_VERSION naming the current one, and changes nothing`,
        async () => {
          // Two clerks read the record at one version; the first changes it.
          const { record, input, first } = await changed();
          expect(first.errors).toBeUndefined();
          const before = await snapshot();
          for (const version of [record.version, record.version + 2]) {
            const refused = await send(change, { ...input, version });
            expect({ version, current: expectErrorCode(refused, 'STALE_VERSION', change).extensions!.currentVersion }).toEqual({
              version,
              current: record.version + 1,
            });
          }
          expect(await snapshot()).toEqual(before);
        },
      );
      check(`${mutation} then ${change}: the history names each operation, the writer, and the record before and after`, async () => {
        const given = await w.input(write);
        const record = await send(mutation, given);
        const input = { ...(await w.changeInput!(record.data![mutation], write, given)), version: record.data![mutation].version };
        const res = await send(change, input);
        expect(res.errors).toBeUndefined();
        const [then, now] = [record.data![mutation], res.data![change]];
        for (const [r, operation] of [
          [record, mutation],
          [res, change],
        ] as const) {
          const rows = await kit.db.query('SELECT subject, role, operation FROM change_history WHERE request_id = $1', [r.requestId]);
          expect(rows.length).toBeGreaterThan(0);
          expect(new Set(rows.map((h: object) => JSON.stringify(h)))).toEqual(
            new Set([JSON.stringify({ subject: `test-${writer}`, role: writer, operation })]),
          );
        }
        const type = getNamedType(mutations[change].type) as GraphQLObjectType;
        if (!type.getFields().history) return;
        const last = now.history[now.history.length - 1];
        expect(now.history.slice(0, -1)).toEqual(then.history);
        expect(then.history[then.history.length - 1]).toMatchObject({ operation: mutation, subject: `test-${writer}`, role: writer });
        if (then.history.length === 1) expect(then.history[0].before).toBeNull();
        expectRecordAs(
          JSON.parse(then.history[then.history.length - 1].after),
          then,
          getNamedType(mutations[mutation].type) as GraphQLObjectType,
        );
        expect(last).toMatchObject({ operation: change, subject: `test-${writer}`, role: writer });
        expectRecordAs(JSON.parse(last.before), then, getNamedType(mutations[mutation].type) as GraphQLObjectType);
        expectRecordAs(JSON.parse(last.after), now, type);
      });
      if (!seen.has(change)) {
        seen.add(change);
        failureAndLogTests(change, async () => {
          const made = await w.input(write);
          const record = await write(mutation, made);
          return { input: { ...(await w.changeInput!(record, write, made)), version: record.version }, made };
        });
      }
    }

    /** Tests of every write: `make` gives its input, and the input that made the record it writes. */
    function failureAndLogTests(mutation: string, make: () => Promise<{ input: Input; made: Input }>) {
      check(`${mutation}: a failure after its first change leaves every table as it was`, async () => {
        const { input: given } = await make();
        const before = await snapshot();
        faults.afterFirstChange = () => {
          throw new Error('injected failure after the first change');
        };
        const res = await send(mutation, given).finally(() => {
          faults.afterFirstChange = undefined;
        });
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
        expect(await snapshot()).toEqual(before);
      });
      const type = getNamedType(mutations[mutation].type) as GraphQLObjectType;
      /** The write's request, its answer leaving out every person and household, and whom the record concerns. */
      const written = async () => {
        const { input: given, made } = await make();
        const key = randomUUID();
        const first = await send(mutation, given, key, fullSelection(type, { without: ['Person', 'Household'] }));
        expect(first.errors).toBeUndefined();
        // A retry with the key answers with the same record, showing whom it concerns where its type can.
        const answer = (await send(mutation, given, key)).data![mutation];
        return { first, concerns: concernedBy(type, answer, made) };
      };
      check(`${mutation}'s access-log row names the writer, the purpose and the mutation`, async () => {
        const rows = await kit.accessLog((await written()).first);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ subject: `test-${writer}`, role: writer, purpose: purposeOf(writer), operation: 'ContractWrite' });
        expect(rows[0].fields).toContain(`Mutation.${mutation}`);
      });
      const concernsNoOne = !holdsPersons ? `${name} keeps no records on persons` : spec.concernNoOne?.[mutation];
      if (concernsNoOne) {
        check(`${mutation}'s access-log row names no person or household: ${concernsNoOne}`, async () => {
          const [row] = await kit.accessLog((await written()).first);
          expect({ persons: row.person_keys, households: row.household_keys }).toEqual({ persons: [], households: [] });
        });
        return;
      }
      check(`${mutation}'s access-log row names the person or household it concerns, even when the answer leaves them out`, async () => {
        const { first, concerns } = await written();
        const [row] = await kit.accessLog(first);
        expect({ persons: row.person_keys, households: row.household_keys }).toEqual({
          persons: expect.arrayContaining(concerns.persons),
          households: expect.arrayContaining(concerns.households),
        });
        expect(concerns.persons.length + concerns.households.length).toBeGreaterThan(0);
      });
    }
  });

  if (hasInbox(name))
    describe(`${name}: grants of one-window referrals`, () => {
      const f = inboxFieldNames(name);
      const table = () => kit.db.getMetadata('InboxReferral').tablePath;
      /** A delivered referral granted with `names` as the record it made; the answer, and the referral as stored after. */
      const grantNaming = async (names: { grantedEntity: string; grantedRecordId: string }) => {
        const referral = await deliverReferral(name, spec, kit);
        const res = await kit.post(
          `mutation($input: GrantInboxReferralInput!) { ${f.grant}(input: $input) { id status } }`,
          { input: { id: referral.id, version: referral.version, ...names } },
          writer,
        );
        const [stored] = await kit.db.query(`SELECT status, version FROM ${table()} WHERE id = $1`, [referral.id]);
        return { res, stored };
      };
      check(
        `a grant naming a record type ${name} does not keep is refused with BAD_USER_INPUT, and the referral stays received`,
        async () => {
          const { res, stored } = await grantNaming({ grantedEntity: 'NoSuchRecord', grantedRecordId: randomUUID() });
          expect(expectErrorCode(res, 'BAD_USER_INPUT', f.grant).message).toMatch(
            /^input\.grantedEntity: NoSuchRecord is not a record type/,
          );
          expect(stored).toEqual({ status: 'RECEIVED', version: 1 });
        },
      );
      check(`a grant naming a record ${name} does not hold is refused with BAD_USER_INPUT, and the referral stays received`, async () => {
        const { grantedEntity } = await aGrantableRecord(kit);
        const missing = randomUUID();
        const { res, stored } = await grantNaming({ grantedEntity, grantedRecordId: missing });
        expect(expectErrorCode(res, 'BAD_USER_INPUT', f.grant).message).toBe(
          `input.grantedRecordId: ${name} has no ${grantedEntity} ${missing}: record the grant first, then grant the referral`,
        );
        expect(stored).toEqual({ status: 'RECEIVED', version: 1 });
      });
      check(`a grant naming a record ${name} holds is kept with the referral`, async () => {
        const record = await aGrantableRecord(kit);
        const { res, stored } = await grantNaming(record);
        expect(res.errors).toBeUndefined();
        expect(res.data![f.grant]).toMatchObject({ status: 'GRANTED' });
        expect(stored).toEqual({ status: 'GRANTED', version: 2 });
      });
    });

  describe(`${name}: the schema`, () => {
    check(
      `${name} composes with civil affairs, and the supergraph carries every root field and entity field ${name} declares`,
      async () => {
        const supergraph = compose(registrySources({}, [...new Set(['civil-affairs', name])]));
        const declared = [...rootFields(schema).map((r) => r.field), ...entityTypes(schema).flatMap((t) => Object.values(t.getFields()))];
        const escape = (text: string) => text.replace(/[[\]!]/g, (c) => `\\${c}`);
        const missing = declared.filter((f) => !new RegExp(`\\b${f.name}(\\([^)]*\\))?: ${escape(String(f.type))}`).test(supergraph));
        expect(missing.map((f) => `${f.name}: ${String(f.type)}`)).toEqual([]);
      },
    );
    check(
      `the spec declares held records of each entity, filters of each list and a write of each mutation, and names nothing the schema lacks`,
      async () => {
        const lists = filteredLists.map((f) => f.name).filter((f) => f !== logField);
        const written = [
          ...spec.writes.flatMap((w) => [w.mutation, ...(w.change ? [w.change] : [])]),
          ...Object.keys(spec.serviceWrites ?? {}),
          ...Object.keys(spec.workflows ?? {}),
        ];
        expect({
          undeclared: [
            ...entityTypes(schema)
              .filter((t) => !spec.held[t.name])
              .map((t) => `held.${t.name}`),
            ...lists.filter((l) => !spec.lists[l]?.valid.length || !spec.lists[l]?.invalid.length).map((l) => `lists.${l}`),
            ...Object.keys(mutations)
              .filter((m) => !written.includes(m))
              .map((m) => `writes: ${m}`),
          ],
          unknown: [
            ...Object.keys(spec.lists)
              .filter((l) => !lists.includes(l))
              .map((l) => `lists.${l}`),
            ...written.filter((m) => !mutations[m]).map((m) => `writes: ${m}`),
            ...spec.writes
              .filter((w) => Boolean(w.change) !== Boolean(w.changeInput))
              .map((w) => `writes: ${w.mutation} needs both change and changeInput`),
          ],
        }).toEqual({ undeclared: [], unknown: [] });
      },
    );
  });

  if (gaps.size) throw new Error(`${name}: knownGaps names tests the suite does not generate: ${[...gaps.keys()].join(' | ')}`);

  // --- how the tests above ask, and what they expect ---

  /** A root field's arguments the SDL requires: from the spec, or a held record's key for an id. */
  async function requiredArguments(field: GraphQLField<unknown, unknown>): Promise<Input> {
    const given = spec.arguments?.[field.name];
    if (given) return given(kit);
    if (field.name === factsField) return verificationFactsArguments();
    const args: Input = {};
    for (const arg of field.args.filter((a) => String(a.type).endsWith('!') && a.defaultValue === undefined)) {
      const returns = getNamedType(field.type).name;
      if (getNamedType(arg.type).name !== 'ID' || !spec.held[returns])
        throw new Error(`${name}: spec.arguments.${field.name} must give ${arg.name}`);
      args[arg.name] = (await held(returns))[0];
    }
    return args;
  }

  /** A held person and an authorisation covering them and this agency, as civil affairs signs one (shared/src/verification). */
  async function verificationFactsArguments(): Promise<Input> {
    const personIds = (await held('Person')).slice(0, 1);
    const claims = { id: randomUUID(), householdId: randomUUID(), persons: personIds, agencies: [name], validUntil: '2099-12-31' };
    return { authorisation: signAuthorisation(claims, developmentServiceKey('civil-affairs')), personIds };
  }

  /** The arguments a read of a root field is asked with: those it requires, and a list's (or its cohort keys') first page of 5 under its first filter. */
  async function readArguments(field: GraphQLField<unknown, unknown>): Promise<Input> {
    // A cohort keys field is read as its list is: a page of 5 under the list's first filter.
    const cohort = cohorts.find((c) => c.field === field.name);
    const isList = Boolean(cohort) || listFields(schema).includes(field);
    const list = cohort?.list ?? field.name;
    const filter = isList ? (field.name === logField ? { subject: 'test-caseworker' } : spec.lists[list]?.valid[0]) : undefined;
    return { ...(await requiredArguments(field)), ...(isList ? { first: 5, ...(filter ? { filter } : {}) } : {}) };
  }

  function send(mutation: string, input: Input, key?: string, selection = fullSelection(mutations[mutation].type)): Promise<KitResponse> {
    return kit.post(
      operationText('mutation', mutations[mutation], { input, key }, selection, 'ContractWrite', { key: 'String' }),
      { input, key },
      writer,
    );
  }
  async function write(mutation: string, input: Input): Promise<Answer> {
    const res = await send(mutation, input);
    if (res.errors) throw new Error(`${mutation} answered with errors: ${JSON.stringify(res.errors)}`);
    return res.data![mutation];
  }

  /** Every table of the agency's schema but the access log, with its rows' count and checksum. */
  let tables: Promise<string[]> | undefined;
  async function snapshot(): Promise<Record<string, { rows: number; sum: string }>> {
    tables ??= kit.keys(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
         AND table_name NOT LIKE 'access_log%' AND table_name NOT IN ('migrations', 'demo_seed') ORDER BY table_name`,
    );
    const out: Record<string, { rows: number; sum: string }> = {};
    for (const table of await tables) {
      [out[table]] = await kit.db.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`,
      );
    }
    return out;
  }
  async function rowCounts(): Promise<Record<string, number>> {
    return Object.fromEntries(Object.entries(await snapshot()).map(([t, s]) => [t, s.rows]));
  }

  /** The policy'd fields' types under an entity, as its full selection reads them. */
  function typesWithPolicies(entity: GraphQLObjectType): Set<string> {
    const found = new Set<string>();
    const visit = (type: GraphQLObjectType, path: string[]) => {
      if (path.includes(type.name)) return;
      if (Object.keys(type.getFields()).some((f) => isPersonalData(policiesOf(type, f)))) found.add(type.name);
      for (const f of Object.values(type.getFields())) {
        const t = getNamedType(f.type);
        if (isObjectType(t) && !f.name.startsWith('_')) visit(t, [...path, type.name]);
      }
    };
    visit(entity, []);
    return found;
  }

  /** A caseworker's answer as `role` should see it: each field it lacks the scopes for null, and refused. */
  function viewOf(role: string, value: unknown, type: GraphQLObjectType, path: (string | number)[], refused: Refused[]): unknown {
    if (value == null) return value;
    if (Array.isArray(value)) return value.map((v, i) => viewOf(role, v, type, [...path, i], refused));
    const object = value as Record<string, unknown>;
    const view: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(object)) {
      const unmet = unmetPolicy(policiesOf(type, key), scopesOf(role));
      const at = [...path, key];
      const fieldType = getNamedType(type.getFields()[key].type);
      if (unmet) {
        refused.push({ at: at.join('.'), field: `${type.name}.${key}`, message: refusalMessage(`${type.name}.${key}`, role, unmet) });
        view[key] = null;
      } else if (shaped.has(`${type.name}.${key}`)) view[key] = v == null ? null : expect.anything();
      else view[key] = isObjectType(fieldType) ? viewOf(role, v, fieldType, at, refused) : v;
    }
    return view;
  }

  /** The access-log rows a read by `role` should leave: none when it read no personal data and was refused nothing. */
  function expectedRows(role: string, operation: string, objects: AnswerObject[], filters: Record<string, unknown>, read: string[] = []) {
    const persons = new Set<string>();
    const households = new Set<string>();
    const fields = new Set<string>(read);
    const refusals: object[] = [];
    for (const { type, value } of objects) {
      if (type.name === 'Person' && typeof value.id === 'string') persons.add(value.id);
      if (type.name === 'Household' && typeof value.id === 'string') households.add(value.id);
      for (const key of Object.keys(value)) {
        const policies = policiesOf(type, key);
        const unmet = unmetPolicy(policies, scopesOf(role));
        if (!unmet && isPersonalData(policies)) fields.add(`${type.name}.${key}`);
        if (unmet) {
          const target = type.name === 'Person' ? { personId: value.id } : type.name === 'Household' ? { householdId: value.id } : {};
          refusals.push({ path: `${type.name}.${key}`, code: 'FORBIDDEN', ...target });
        }
      }
    }
    if (!persons.size && !households.size && !fields.size && !refusals.length) return [];
    return [
      normalRow({
        subject: `test-${role}`,
        role,
        purpose: purposeOf(role),
        operation,
        person_keys: [...persons],
        household_keys: [...households],
        fields: [...fields],
        filters: Object.keys(filters).length ? filters : null,
        refusals: refusals.length ? (refusals as AccessLogRow['refusals']) : null,
      }),
    ];
  }

  /**
   * Whom a written record concerns: the record itself when it is a person or household, the person its answer
   * names, or else the person or household named by the input that made it.
   */
  function concernedBy(type: GraphQLObjectType, answer: Answer, made: Input): { persons: string[]; households: string[] } {
    if (type.name === 'Person') return { persons: [answer.id], households: [] };
    if (type.name === 'Household') return { persons: [], households: [answer.id] };
    if (type.getFields().person) return { persons: [answer.person.id], households: [] };
    const person =
      typeof made.personId === 'string'
        ? made.personId
        : typeof made.idNumber === 'string'
          ? personKey(made.idNumber, kit.personKeySecret)
          : undefined;
    return { persons: person ? [person] : [], households: typeof made.householdId === 'string' ? [made.householdId] : [] };
  }

  /** Root-field arguments as the log keeps them: a resident ID number replaced by its person key. */
  function loggedArguments(args: Input): unknown {
    const clean = (v: unknown): unknown =>
      typeof v === 'string' && looksLikeIdNumber(v)
        ? personKey(v.trim(), kit.personKeySecret)
        : Array.isArray(v)
          ? v.map(clean)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]))
            : v;
    return clean(args);
  }
}

interface Refused {
  /** Where in the answer. */
  at: string;
  /** Type.field */
  field: string;
  message: string;
}

/** A query or mutation of one root field, its arguments as variables of the field's own types. */
function operationText(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: Input,
  selection: string,
  name = 'Contract',
  extra: Record<string, string> = {},
) {
  const types = { ...Object.fromEntries(field.args.map((a) => [a.name, String(a.type)])), ...extra };
  const used = Object.keys(args).filter((a) => types[a]);
  const variables = used.map((a) => `$${a}: ${types[a]}`).join(', ');
  const passed = used.map((a) => `${a === 'key' ? 'idempotencyKey' : a}: $${a}`).join(', ');
  return `${kind} ${name}${variables ? `(${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
}

/** Refused as BAD_USER_INPUT naming `field`, with nothing listed: by the resolver at the list, or by a scalar at the variable. */
function expectRefused(res: GraphQLResponse, list: string, field: string, message?: RegExp) {
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.extensions?.field).toBe(field);
  // The resolver's refusal starts with the field; a scalar's names where in the variable the value was.
  if (error.path)
    expect({ path: error.path.join('.'), message: error.message }).toEqual({
      path: list,
      message: expect.stringMatching(new RegExp(`^${field.replace(/\./g, '\\.')}: `)),
    });
  else expect(error.message).toContain(`at "${field}"`);
  if (message) expect(error.message).toMatch(message);
  expect(res.data?.[list] ?? null).toBeNull();
}

/** The record a history entry keeps (JSON of the stored row) holds what the answer shows: same fields, Money as fen. */
function expectRecordAs(stored: Record<string, unknown>, answer: Answer, type: GraphQLObjectType) {
  const shown: Record<string, unknown> = {};
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answer)) {
    const fieldType = getNamedType(type.getFields()[key].type);
    if (isObjectType(fieldType) || Array.isArray(value)) continue;
    if (fieldType.name === 'Money' && `${key}Fen` in stored) {
      shown[key] = value;
      kept[key] = stored[`${key}Fen`] == null ? null : formatMoney(String(stored[`${key}Fen`]));
    } else if (key in stored && fieldType.name !== 'DateTime') {
      shown[key] = value;
      kept[key] = typeof value === 'number' && typeof stored[key] === 'string' ? Number(stored[key]) : stored[key];
    }
  }
  expect(Object.keys(shown)).toContain('version');
  expect(kept).toEqual(shown);
}

const difference = (after: Record<string, number>, before: Record<string, number>) =>
  Object.fromEntries(
    Object.keys(after)
      .map((t) => [t, after[t] - (before[t] ?? 0)])
      .filter(([, n]) => n !== 0),
  );

const sortByJson = <T>(items: T[]) => items.map((i) => JSON.stringify(i)).sort();

/** A log row with its sets in one order, so rows compare by content. */
function normalRow(row: AccessLogRow): AccessLogRow {
  return {
    ...row,
    person_keys: [...row.person_keys].sort(),
    household_keys: [...row.household_keys].sort(),
    fields: [...row.fields].sort(),
    refusals: row.refusals ? [...row.refusals].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : null,
  };
}

/**
 * A unit's referral inbox (shared/src/referrals), declared once for every unit that has one, as the access log is:
 * its list, its steps (accept then grant, ask for information then refuse) on referrals counties' service
 * delivers for each, and the delivery itself, which only that service may make.
 */
/** A new referral in the unit's inbox, delivered as counties' service delivers it: for a person the agency holds records on. */
async function deliverReferral(name: string, spec: ContractSpec, kit: AgencyKit): Promise<Input> {
  const f = inboxFieldNames(name);
  const [person] = spec.held.Person ? await kit.keys(spec.held.Person) : [];
  const token = await signIdentity(
    {
      subject: serviceRole('counties'),
      role: serviceRole('counties'),
      scopes: scopesForService('counties'),
      purpose: 'REFERRAL',
      requestId: randomUUID(),
    },
    name,
    loadGatewayConfig({ NODE_ENV: 'test' }).signingKey,
  );
  const input = {
    id: randomUUID(),
    applicationId: randomUUID(),
    // Any need: the inbox keeps what counties' rules routed to it.
    need: 'TEMPORARY_ASSISTANCE',
    personId: person,
    townshipCode: '411302001',
    routedOn: cityToday(),
    deadline: cityToday(),
    documents: ['救助申请书'],
    consentToVerification: true,
  };
  const res = await post(
    kit.url,
    `mutation($input: ReceiveReferralInput!) { ${f.receive}(input: $input) { id version } }`,
    { input },
    {
      authorization: `Bearer ${token}`,
    },
  );
  if (res.errors) throw new Error(`${f.receive} answered with errors: ${JSON.stringify(res.errors)}`);
  return res.data![f.receive];
}

/**
 * A record of the unit's own that a grant may name: the first record of the first of its record types that has one
 * (its definition's entities kept under an id; the inbox's own referrals are not records a grant makes).
 */
async function aGrantableRecord(kit: AgencyKit): Promise<{ grantedEntity: string; grantedRecordId: string }> {
  for (const m of kit.db.entityMetadatas) {
    if (m.name === 'InboxReferral' || m.primaryColumns.length !== 1 || m.primaryColumns[0].propertyName !== 'id') continue;
    const [row] = await kit.db.query(`SELECT id::text AS id FROM ${m.tablePath} LIMIT 1`);
    if (row) return { grantedEntity: m.name, grantedRecordId: row.id };
  }
  throw new Error(`${kit.name} holds no record a grant could name: seed one`);
}

function withInbox(name: string, spec: ContractSpec, kit: AgencyKit): ContractSpec {
  if (!hasInbox(name)) return spec;
  const f = inboxFieldNames(name);
  const deliver = () => deliverReferral(name, spec, kit);
  return {
    ...spec,
    lists: {
      ...spec.lists,
      [f.list]: {
        role: name,
        valid: [{ status: 'RECEIVED' }, { need: 'TEMPORARY_ASSISTANCE', overdue: false }],
        invalid: [
          [{ personId: 'someone' }, 'filter.personId'],
          [{ need: 'EVERYTHING' }, 'filter.need', /ReferralNeed/],
        ],
        before: async () => {
          for (let i = 0; i < 3; i++) await deliver();
        },
      },
    },
    writes: [
      ...spec.writes,
      {
        mutation: f.accept,
        input: async () => ({ id: (await deliver()).id, version: 1 }),
        change: f.grant,
        changeInput: async (referral) => ({ id: referral.id, ...(await aGrantableRecord(kit)) }),
      },
      {
        mutation: f.askForInformation,
        input: async () => ({ id: (await deliver()).id, version: 1, note: '请补充近三个月收入证明' }),
        change: f.refuse,
        changeInput: (referral) => ({ id: referral.id, reason: '家庭收入超过本地救助标准' }),
      },
    ],
    serviceWrites: { ...spec.serviceWrites, [f.receive]: "counties' service delivers a one-window referral (test/one-window.test.ts)" },
  };
}
