// `npm run keys`: a new Ed25519 key pair for the gateway's forwarded identities, as the environment takes it.
import { Command } from 'commander';
import { newKeyPair } from '../shared/src/auth/signing-keys';
import { schemaNameOf } from '../shared/src/config';
import { SUBGRAPHS } from '../subgraphs/registry';

new Command()
  .name('npm run keys --')
  .description(
    'Prints a new identity-signing key pair: GATEWAY_SIGNING_KEY for the gateway alone, GATEWAY_PUBLIC_KEYS for every subgraph;\n' +
      "and each agency service's key: <AGENCY>_SERVICE_SIGNING_KEY for that service alone, SERVICE_PUBLIC_KEYS for the gateway.\n" +
      'To rotate, give subgraphs both the old and the new public key, switch the gateway to the new private key, and drop the old public key a minute later.',
  )
  .option('--json', 'print {"privateKeyPem", "publicKeys", "kid"} instead of environment lines')
  .action((options: { json?: boolean }) => {
    const pair = newKeyPair();
    if (options.json) return console.log(JSON.stringify(pair));
    console.log(`# kid ${pair.kid}`);
    console.log(`GATEWAY_SIGNING_KEY='${pair.privateKeyPem.trim().replace(/\n/g, '\\n')}'`);
    console.log(`GATEWAY_PUBLIC_KEYS='${JSON.stringify(pair.publicKeys)}'`);
    // Every agency's service key: the private half for that agency's service alone, the public halves for the gateway.
    const services = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, newKeyPair()]));
    for (const [name, service] of Object.entries(services))
      console.log(`${schemaNameOf(name).toUpperCase()}_SERVICE_SIGNING_KEY='${service.privateKeyPem.trim().replace(/\n/g, '\\n')}'`);
    console.log(
      `SERVICE_PUBLIC_KEYS='${JSON.stringify(Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.publicKeys])))}'`,
    );
    // Civil affairs signs households' verification authorisations with its service key; every unit checks them.
    console.log(`AUTHORISATION_PUBLIC_KEYS='${JSON.stringify(services['civil-affairs'].publicKeys)}'`);
  })
  .parse();
