// The trade-union tables.
import { DifficultWorkerFile } from './DifficultWorkerFile';
import { UnionAid } from './UnionAid';

export { DifficultWorkerFile, UnionAid };
export const entities = [DifficultWorkerFile, UnionAid];
