// DisabilityCertificate: its holder and its change history.
import { Context } from '../context';
import { DisabilityCertificate as CertificateRow } from '../entities';

export const DisabilityCertificate = {
  person: (c: CertificateRow) => ({ id: c.personKey }),
  history: (c: CertificateRow, _: unknown, { loaders }: Context) => loaders.certificateHistory.load(c.personKey),
};
