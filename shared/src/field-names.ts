// How a subgraph's name enters the names of the fields the kit gives every subgraph: `civil-affairs` becomes
// `civilAffairsAccessLog`, `civilAffairsVerificationFacts`, `acceptCivilAffairsReferral`.

/** `civil-affairs` -> `civilAffairs`. */
export const camelOf = (subgraph: string) => subgraph.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** `civil-affairs` -> `CivilAffairs`. */
export const pascalOf = (subgraph: string) => camelOf(subgraph).replace(/^[a-z]/, (c) => c.toUpperCase());
