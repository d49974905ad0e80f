// The consumers' saved operations, read from ../shared/contract/operations as they are written.
import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../../shared/src/paths';

export const CONTRACT_DIR = projectPath('..', 'shared', 'contract', 'operations');

export const contractOperation = (name: string) => readFileSync(`${CONTRACT_DIR}/${name}.graphql`, 'utf8');

export const contractOperationNames = () =>
  readdirSync(CONTRACT_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.replace(/\.graphql$/, ''));

/** The project's own saved operations (test/operations), beside the consumers'. */
export const projectOperation = (name: string) => readFileSync(projectPath('test', 'operations', `${name}.graphql`), 'utf8');
