// The schema migrations run in list order and each bumps the stored version: a version listed
// twice or out of order (an easy merge artefact) would apply a later migration before an earlier one.
import { expect, test } from '@jest/globals';
import { MIGRATIONS, SCHEMA_VERSION } from '../../graph/schema';

test('migration versions strictly increase, and the last is the schema version', () => {
  const versions = MIGRATIONS.map((m) => m.version);
  expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  expect(SCHEMA_VERSION).toBe(versions[versions.length - 1]);
});
