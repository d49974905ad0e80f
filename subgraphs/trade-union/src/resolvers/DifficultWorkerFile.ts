// DifficultWorkerFile: its change history through a loader.
import { Context } from '../context';
import { DifficultWorkerFile as FileRow } from '../entities';

export const DifficultWorkerFile = {
  history: (f: FileRow, _: unknown, { loaders }: Context) => loaders.fileHistory.load(f.id),
};
