// When the recompute may skip a member's write (graph/member-trust-props.ts storedAlready): only
// when the stored properties already mean the new state.
import { expect, test } from '@jest/globals';
import { storedAlready, trustToProps } from '../../../graph/member-trust-props';
import { deriveTrust, newcomerTrust, seedTrust } from '../../../server/domain/trust';

const then = new Date('2026-01-01T00:00:00Z');
const now = new Date('2026-06-01T08:00:00Z');
const evidence = { vouchedPositive: 2, vouchedNegative: 1, unvouchedPositive: 0.5, unvouchedNegative: 0 };

test('the same properties need no write', () => {
  const next = trustToProps(deriveTrust(evidence, 0.4, now));
  expect(storedAlready({ ...next }, next)).toBe(true);
});

test('without evidence, the instant it was decayed to does not matter', () => {
  expect(storedAlready(trustToProps(newcomerTrust(then)), trustToProps(newcomerTrust(now)))).toBe(true);
  expect(storedAlready(trustToProps(seedTrust(then)), trustToProps(seedTrust(now)))).toBe(true);
});

test('with evidence, an older instant is a change', () => {
  expect(storedAlready(trustToProps(deriveTrust(evidence, 0.4, then)), trustToProps(deriveTrust(evidence, 0.4, now)))).toBe(false);
});

test('any other difference, or a property never stored, is a change', () => {
  const next = trustToProps(newcomerTrust(now));
  expect(storedAlready(trustToProps(seedTrust(now)), next)).toBe(false);
  expect(storedAlready({ ...next, trustIsNew: false }, next)).toBe(false);
  const { trustConfidence: _, ...missing } = next;
  expect(storedAlready(missing, next)).toBe(false);
  const { trustEvidenceAt: __, ...noInstant } = next;
  expect(storedAlready(noInstant, next)).toBe(false);
  expect(storedAlready({}, next)).toBe(false);
});
