// DifficultWorkerFile: its change history through a loader.
import type { DifficultWorkerFileResolvers } from '../generated/graphql';

export const DifficultWorkerFile: DifficultWorkerFileResolvers = {
  history: (f, _, { loaders }) => loaders.fileHistory.load(f.id),
};
