// The registry of subgraphs: one line per agency. A new agency adds its folder and a line here.

export interface SubgraphEntry {
  /** Folder under subgraphs/, subgraph name in the supergraph, compose service name. */
  name: string;
  /** Default port for `npm start` and for a subgraph started alone. */
  port: number;
  /** The agency, for people reading the topology. */
  agency: string;
  /** Runs the one-window intake (一门受理): caseworkers write its records. */
  intake?: boolean;
}

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  { name: 'civil-affairs', port: 4001, agency: '市民政局 Civil Affairs Bureau', intake: true },
  { name: 'education', port: 4002, agency: '市教育局 Education Bureau' },
  { name: 'human-resources', port: 4003, agency: '市人社局 Human Resources and Social Security Bureau' },
  { name: 'health', port: 4004, agency: '市卫计委 Health Commission' },
  { name: 'housing', port: 4005, agency: '市住建局 + 市房产局 Housing and Real Estate Bureaus' },
  { name: 'trade-union', port: 4006, agency: '市总工会 Federation of Trade Unions' },
  { name: 'disabled-persons', port: 4007, agency: '市残联 Disabled Persons\' Federation' },
];

export const AGENCY_NAMES = SUBGRAPHS.map((s) => s.name);
export const INTAKE_AGENCIES = SUBGRAPHS.filter((s) => s.intake).map((s) => s.name);

export function subgraphEntry(name: string): SubgraphEntry {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) throw new Error(`${name} is not in subgraphs/registry.ts`);
  return entry;
}
