// `npm run schema:check`: checks the working tree's subgraph SDL against a base (git ref) for a pull request.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registrySources } from '../../gateway/src/supergraph';
import { subgraphSdl } from '../../shared/src/schema';
import { projectPath } from '../../shared/src/paths';
import { SUBGRAPHS } from '../../subgraphs/registry';
import { Acknowledgement, AcknowledgementFileError, checkSchemas, formatReport, parseAcknowledgements, savedOperations } from './check';

function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: projectPath(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Default base: origin/main where it exists, else the last commit. */
const defaultBase = () => (git('rev-parse', '--verify', '-q', 'origin/main') ? 'origin/main' : 'HEAD');

/** Every subgraph's schema-changes.json, validated; exits naming each malformed file and entry. */
function acknowledgements(): Acknowledgement[] {
  const problems: string[] = [];
  const acks = SUBGRAPHS.flatMap((s) => {
    const file = projectPath('subgraphs', s.name, 'schema-changes.json');
    if (!existsSync(file)) return [];
    try {
      return parseAcknowledgements(s.name, readFileSync(file, 'utf8'));
    } catch (err) {
      if (!(err instanceof AcknowledgementFileError)) throw err;
      problems.push(err.message);
      return [];
    }
  });
  if (problems.length) {
    console.error(`## Schema check\n\n${problems.join('\n\n')}\n\n**Result: FAIL**`);
    process.exit(1);
  }
  return acks;
}

new Command()
  .name('npm run schema:check --')
  .description('Composition, breaking changes and saved operations of the subgraph SDL against a base.')
  .option('--base <ref>', 'git ref to compare with (default origin/main, else HEAD)')
  .action(async (options: { base?: string }) => {
    const base = options.base ?? defaultBase();
    const next = registrySources();
    const baseCommon = git('show', `${base}:shared/schema/common.graphql`);
    // An agency the base does not have yet has no SDL there: it is not a subgraph of the base's supergraph.
    const baseAgencySdl = (name: string) => git('show', `${base}:subgraphs/${name}/schema.graphql`);
    const baseSources = next.flatMap((s) => {
      const agency = baseAgencySdl(s.name);
      return agency === undefined ? [] : [{ ...s, sdl: subgraphSdl(s.name, agency, baseCommon ?? '', baseAgencySdl) }];
    });
    const report = await checkSchemas({
      base: baseSources,
      next,
      operations: savedOperations(),
      acknowledgements: acknowledgements(),
    });
    console.log(`Base: ${base}\n`);
    console.log(formatReport(report));
    process.exit(report.ok ? 0 : 1);
  })
  .parseAsync();
