// DisabilityCertificate: its holder and its change history.
import type { DisabilityCertificateResolvers } from '../generated/graphql';

export const DisabilityCertificate: DisabilityCertificateResolvers = {
  person: (c) => ({ id: c.personKey }),
  history: (c, _, { loaders }) => loaders.certificateHistory.load(c.personKey),
};
