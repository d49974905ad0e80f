// `npm run token -- ROLE`: prints a development JWT for ROLE that the gateway accepts.
import { Command } from 'commander';
import { knownRoles } from '../shared/src/auth/roles';
import { issueUserToken } from '../shared/src/auth/tokens';
import { GatewayConfig, loadTokenConfig } from '../shared/src/config';
import { AGENCY_NAMES } from '../subgraphs/registry';

const roles = knownRoles(AGENCY_NAMES);

const program = new Command()
  .name('npm run token --')
  .description('Prints a development JWT for a role (development mode only).')
  .argument('<role>', `one of: ${roles.join(', ')}`)
  .option('--subject <id>', 'the user the token names', 'dev-user')
  .option('--ttl <seconds>', 'lifetime in seconds', '28800')
  .action(async (role: string, options: { subject: string; ttl: string }) => {
    let config: GatewayConfig;
    try {
      config = loadTokenConfig();
    } catch (err) {
      return program.error((err as Error).message);
    }
    if (!roles.includes(role)) program.error(`Unknown role "${role}". Roles: ${roles.join(', ')}`);
    const ttl = Number(options.ttl);
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > 7 * 24 * 3600) program.error('--ttl must be whole seconds from 1 to 604800');
    console.log(await issueUserToken(config.jwt, { subject: options.subject, role }, ttl));
  });

void program.parseAsync();
