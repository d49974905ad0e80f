// Resolver types from each agency's SDL: `npm run codegen` writes subgraphs/<name>/src/generated/graphql.ts, `npm run codegen:check` fails when one is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { hasInbox } from './shared/src/referrals/units';
import { subgraphSdl } from './shared/src/schema';
import { SUBGRAPHS } from './subgraphs/registry';

// Mapper paths are relative to the generated file, subgraphs/<name>/src/generated/graphql.ts.

/** An agency's TypeORM entity, imported as `<Entity>Row` so that it does not clash with the generated type of the same name. */
const row = (entity: string) => `../entities#${entity} as ${entity}Row`;

/** A list built by toConnection (shared/src/pagination.ts): its nodes are `node`'s parents, its totalCount a count run only when asked. */
const connectionOf = (node: string) => `../../../../shared/src/pagination#Connection<ResolversParentTypes['${node}']>`;

/** Person in an agency that does not own the person core: the key alone (shared/src/profiles.ts). */
const PERSON_REFERENCE = '../../../../shared/src/profiles#PersonReference';

/**
 * What an agency's resolvers take as parents and return, for each GraphQL type that is not resolved from its
 * generated type as it stands. An agency without an entry gets the generated types only.
 */
/** The referral inbox every unit of one-window intake serves (shared/src/referrals): its rows, resolved by the kit. */
const INBOX_MAPPERS = {
  InboxReferral: '../../../../shared/src/referrals/entity#InboxReferral as InboxReferralRow',
  InboxReferralConnection: connectionOf('InboxReferral'),
};

const MAPPERS: Record<string, Record<string, string>> = {
  'civil-affairs': {
    Person: row('Person'),
    Household: row('Household'),
    AssistanceCase: row('AssistanceCase'),
    AssistanceStandard: row('AssistanceStandard'),
    PersonConnection: connectionOf('Person'),
    HouseholdConnection: connectionOf('Household'),
    VerificationAuthorisation: row('VerificationAuthorisation'),
    Verification: row('VerificationRequest'),
    VerificationReport: row('VerificationReport'),
    VerificationItem: '../entities#ReportItem',
    VerificationIncomeRule: row('IncomeRule'),
    VerificationConnection: connectionOf('Verification'),
    DiscoveryRule: row('DiscoveryRule'),
    DiscoveryRun: row('DiscoveryRun'),
    DiscoveryAlert: row('DiscoveryAlert'),
    DiscoveryEvidence: '../entities#EvidenceItem',
    DiscoveryAlertConnection: connectionOf('DiscoveryAlert'),
    DiscoveryAlertCount: '../entities#AlertCount',
  },
  education: {
    Person: PERSON_REFERENCE,
    EducationProfile: row('Student'),
    Enrollment: row('Enrollment'),
    EducationAid: row('EducationAid'),
    StudentConnection: connectionOf('Person'),
  },
  health: {
    Person: PERSON_REFERENCE,
    HealthProfile: row('HealthFile'),
    MedicalAssistanceSettlement: row('MedicalAssistanceSettlement'),
    EmergencyMedicalAid: row('EmergencyMedicalAid'),
    PublicHealthEnrollment: row('PublicHealthEnrollment'),
    MedicalAssistanceRecipientConnection: connectionOf('Person'),
  },
  housing: {
    Person: PERSON_REFERENCE,
    HousingProfile: '../resolvers/Person#HousingProfileParent',
    PropertyHolding: row('PropertyHolding'),
    HousingAssistance: row('HousingAssistance'),
    HousingAssistanceRecipientConnection: connectionOf('Person'),
    PropertyHolderConnection: connectionOf('Person'),
  },
  'human-resources': {
    Person: PERSON_REFERENCE,
    EmploymentProfile: row('EmploymentRecord'),
    EmploymentService: row('EmploymentService'),
    SocialInsuranceEnrollment: row('SocialInsuranceEnrollment'),
    JobSeekerConnection: connectionOf('Person'),
    InsuredPersonConnection: connectionOf('Person'),
  },
  'trade-union': {
    Person: PERSON_REFERENCE,
    TradeUnionProfile: '../resolvers/Person#TradeUnionProfileParent',
    DifficultWorkerFile: row('DifficultWorkerFile'),
    UnionAid: row('UnionAid'),
    DifficultWorkerConnection: connectionOf('Person'),
  },
  'disabled-persons': {
    Person: PERSON_REFERENCE,
    DisabilityProfile: row('DisabilityCertificate'),
    DisabilityCertificate: row('DisabilityCertificate'),
    DisabilitySubsidy: row('DisabilitySubsidy'),
    DisabledPersonConnection: connectionOf('Person'),
  },
  'development-reform': {
    Person: PERSON_REFERENCE,
    CarePlacement: row('CarePlacement'),
    SupportInstitution: row('SupportInstitution'),
    ConstructionProject: row('ConstructionProject'),
    PlanTarget: row('PlanTarget'),
    PlacedPersonConnection: connectionOf('Person'),
    SupportInstitutionConnection: connectionOf('SupportInstitution'),
  },
  justice: {
    Person: PERSON_REFERENCE,
    LegalAidProfile: '../resolvers/Person#LegalAidProfileParent',
    LegalAidCase: row('LegalAidCase'),
    DisputeMediation: row('DisputeMediation'),
    LegalAidRecipientConnection: connectionOf('Person'),
    MediationPartyConnection: connectionOf('Person'),
  },
  'poverty-alleviation': {
    Person: PERSON_REFERENCE,
    PovertyAlleviationProfile: row('MonitoredMember'),
    MonitoredHousehold: row('MonitoredHousehold'),
    SupportMeasure: row('SupportMeasure'),
    MonitoredPersonConnection: connectionOf('Person'),
  },
  prices: {
    Person: PERSON_REFERENCE,
    PriceSurveyProfile: row('SurveyHousehold'),
    SurveyHousehold: row('SurveyHousehold'),
    SurveyMonth: row('SurveyMonth'),
    PriceIndex: row('PriceIndex'),
    StandardPriceBasis: row('StandardBasis'),
    PriceLinkageRule: row('PriceLinkageRule'),
    PriceLinkageDecision: '../linkage#LinkageDecision',
    SurveyHouseholdConnection: connectionOf('Person'),
    PriceIndexConnection: connectionOf('PriceIndex'),
  },
  agriculture: {
    Person: PERSON_REFERENCE,
    LandProfile: '../resolvers/Person#LandProfileParent',
    LandContract: row('LandContract'),
    LandTransfer: row('LandTransfer'),
    LandHolderConnection: connectionOf('Person'),
  },
  finance: {
    Person: PERSON_REFERENCE,
    Household: '../resolvers/Household#HouseholdReference',
    Payment: row('Payment'),
    Budget: row('Budget'),
    Allocation: row('Allocation'),
    PerformanceEvaluation: row('PerformanceEvaluation'),
    PriceSubsidyBatch: row('PriceSubsidyBatch'),
    PriceSubsidyCounty: row('PriceSubsidyCounty'),
    PaymentConnection: connectionOf('Payment'),
    PaymentRecipientConnection: connectionOf('Person'),
  },
  counties: {
    Region: '../resolvers/Region#RegionParent',
    Township: row('Township'),
    CoordinationMechanism: row('CoordinationMechanism'),
    CoordinationMember: row('CoordinationMember'),
    CoordinationMeeting: row('CoordinationMeeting'),
    CoordinationDecision: row('CoordinationDecision'),
    SupervisionItem: row('SupervisionItem'),
    SupervisionProgress: row('SupervisionProgress'),
    SupervisionItemConnection: connectionOf('SupervisionItem'),
    CoordinationDecisionConnection: connectionOf('CoordinationDecision'),
    RoutingRule: row('RoutingRule'),
    OneWindowApplication: row('OneWindowApplication'),
    OneWindowReferral: row('OneWindowReferral'),
    Person: PERSON_REFERENCE,
    Household: '../../../../shared/src/referrals/units#HouseholdReference',
  },
};

/** What the kit's scalars (shared/src/scalars.ts) hand to resolvers (input) and accept from them (output). */
const SCALARS = {
  // parseValue gives integer fen; serialize takes fen as a bigint or as the string pg returns for a bigint column.
  Money: { input: 'bigint', output: 'bigint | string' },
  Date: 'string',
  DateTime: { input: 'Date', output: 'Date | string' },
  // The type of @key(fields: …), which federation: true declares; no resolver sees one.
  _FieldSet: 'string',
};

const generated = (name: string): Types.ConfiguredOutput => ({
  schema: subgraphSdl(name),
  plugins: [
    {
      add: {
        content: `// The ${name} subgraph's GraphQL types and resolver types, generated from its SDL by \`npm run codegen\` (codegen.ts): do not edit.`,
      },
    },
    'typescript',
    'typescript-resolvers',
  ],
  config: {
    federation: true,
    contextType: '../context#Context',
    mappers: { ...MAPPERS[name], ...(hasInbox(name) ? INBOX_MAPPERS : {}) },
    scalars: SCALARS,
    strictScalars: true,
    enumsAsTypes: true,
    useTypeImports: true,
  },
});

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(SUBGRAPHS.map(({ name }) => [`subgraphs/${name}/src/generated/graphql.ts`, generated(name)])),
};

export default config;
