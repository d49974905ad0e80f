// The pieces of a service acting for its caller: the actor claim, the gateway's check of a subject token, and
// the subgraph's client for its caller (the whole through the gateway: test/delegation.test.ts).
import { subjectTokenVerifier } from '../src/auth/delegation';
import { developmentServiceKey } from '../src/auth/service-identity';
import { developmentPrivateKey, signingKeyOf } from '../src/auth/signing-keys';
import { Identity, identityVerifier, signIdentity } from '../src/auth/tokens';
import { graphClient, graphOnBehalfOf } from '../src/graph-client';

const gatewayKey = signingKeyOf(developmentPrivateKey());
const publicKeys = { keys: [gatewayKey.publicJwk] };
const analyst: Identity = { subject: 'a1', role: 'analyst', scopes: ['person:read'], purpose: 'STATISTICS', requestId: 'r1' };

test('an identity forwarded for a service acting for its caller carries the actor, and the subgraph reads it back', async () => {
  const delegated = { ...analyst, actor: 'service:civil-affairs' };
  await expect(identityVerifier('education', publicKeys)(await signIdentity(delegated, 'education', gatewayKey))).resolves.toEqual(
    delegated,
  );
});

test("the gateway takes a caller's forwarded identity as often as the service asks within its 60 s, and answers the caller", async () => {
  const verify = subjectTokenVerifier(publicKeys);
  const token = await signIdentity(analyst, 'civil-affairs', gatewayKey);
  expect(verify(token, 'civil-affairs')).toEqual(analyst);
  expect(verify(token, 'civil-affairs')).toEqual(analyst);
});

describe("a subgraph's client for its caller", () => {
  const graph = graphClient({ agency: 'civil-affairs', key: developmentServiceKey('civil-affairs'), url: 'http://127.0.0.1:9/graphql' });

  test('exists for a person who gave a purpose', () => {
    expect(graphOnBehalfOf(graph, analyst, 'token')?.agency).toBe('civil-affairs');
  });

  test('does not exist without a graph, for a service, or for a service already acting for someone', () => {
    expect(graphOnBehalfOf(undefined, analyst, 'token')).toBeUndefined();
    const finance = { ...analyst, subject: 'service:finance', role: 'service:finance', purpose: 'PRICE_LINKAGE' };
    expect(graphOnBehalfOf(graph, finance, 'token')).toBeUndefined();
    expect(graphOnBehalfOf(graph, { ...analyst, actor: 'service:finance' }, 'token')).toBeUndefined();
  });

  test('acts for no one further down a chain', () => {
    expect(() => graphOnBehalfOf(graph, analyst, 'token')!.onBehalfOf({ token: 't', purpose: 'STATISTICS', requestId: 'r' })).toThrow(
      /acts for no one else down a chain/,
    );
  });
});
