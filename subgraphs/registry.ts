// The registry of subgraphs: one line per agency. A new agency adds its folder and a line here.
import type { AgencyDefinition } from '../shared/src/subgraph';

export interface SubgraphEntry {
  /** Folder under subgraphs/, subgraph name in the supergraph, compose service name. */
  name: string;
  /** Default port for `npm start` and for a subgraph started alone. */
  port: number;
  /** The agency, for people reading the topology. */
  agency: string;
  /** Runs the one-window intake (一门受理): caseworkers write its records. */
  intake?: boolean;
  /**
   * The agency's definition (subgraphs/<name>/src/definition.ts), imported only by what serves or seeds it:
   * the gateway and the tools that read only names and ports never load an agency's code.
   */
  load: () => Promise<{ default: AgencyDefinition }>;
}

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  {
    name: 'civil-affairs',
    port: 4001,
    agency: '市民政局 Civil Affairs Bureau',
    intake: true,
    load: () => import('./civil-affairs/src/definition'),
  },
  { name: 'education', port: 4002, agency: '市教育局 Education Bureau', load: () => import('./education/src/definition') },
  {
    name: 'human-resources',
    port: 4003,
    agency: '市人社局 Human Resources and Social Security Bureau',
    load: () => import('./human-resources/src/definition'),
  },
  { name: 'health', port: 4004, agency: '市卫计委 Health Commission', load: () => import('./health/src/definition') },
  {
    name: 'housing',
    port: 4005,
    agency: '市住建局 + 市房产局 Housing and Real Estate Bureaus',
    load: () => import('./housing/src/definition'),
  },
  { name: 'trade-union', port: 4006, agency: '市总工会 Federation of Trade Unions', load: () => import('./trade-union/src/definition') },
  {
    name: 'disabled-persons',
    port: 4007,
    agency: "市残联 Disabled Persons' Federation",
    load: () => import('./disabled-persons/src/definition'),
  },
  { name: 'prices', port: 4013, agency: '市物价局 Price Bureau', load: () => import('./prices/src/definition') },
  { name: 'justice', port: 4011, agency: '市司法局 Justice Bureau', load: () => import('./justice/src/definition') },
  {
    name: 'development-reform',
    port: 4009,
    agency: '市发改委 Development and Reform Commission',
    load: () => import('./development-reform/src/definition'),
  },
  {
    name: 'poverty-alleviation',
    port: 4014,
    agency: '市扶贫办 Poverty Alleviation Office',
    load: () => import('./poverty-alleviation/src/definition'),
  },
  { name: 'agriculture', port: 4012, agency: '市农委 Agriculture Commission', load: () => import('./agriculture/src/definition') },
  { name: 'finance', port: 4010, agency: '市财政局 Finance Bureau', load: () => import('./finance/src/definition') },
  { name: 'counties', port: 4008, agency: '各县区政府 County and district governments', load: () => import('./counties/src/definition') },
];

export const AGENCY_NAMES = SUBGRAPHS.map((s) => s.name);
export const INTAKE_AGENCIES = SUBGRAPHS.filter((s) => s.intake).map((s) => s.name);

export function subgraphEntry(name: string): SubgraphEntry {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) throw new Error(`${name} is not in subgraphs/registry.ts`);
  return entry;
}

/** The definition of the agency `name`, through the registry's explicit import of it. */
export const agencyDefinition = async (name: string): Promise<AgencyDefinition> => (await subgraphEntry(name).load()).default;
