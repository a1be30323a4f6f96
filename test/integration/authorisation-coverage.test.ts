// The authorisation matrix covers the whole API: every mutation, every query field and every
// field the SDL marks private has a row (read from server/schema/*.graphql at run time, so a new
// one without a row fails here), and no public entry point leads to a private type.
import { describe, expect, test } from '@jest/globals';
import { coveredField, operationsNeedingRows, privateTypes, reachableTypes, sdlSchema, type Row } from '../support/authorisation-matrix';
import { memberRows } from '../support/authorisation-members';
import { orderRows, productRows, recommendationRows } from '../support/authorisation-commerce';
import { commissionRows } from '../support/authorisation-commissions';
import { photoRows } from '../support/authorisation-photos';
import { accountRows } from '../support/authorisation-account';
import { notificationRows } from '../support/authorisation-notifications';
import { privilegeRows } from '../support/authorisation-privileges';
import { circleDayRows } from '../support/authorisation-circle-day';
import { groupBuyRows } from '../support/authorisation-group-buys';

const rows: Row<any>[] = [...memberRows, ...productRows, ...orderRows, ...recommendationRows, ...commissionRows, ...photoRows, ...accountRows, ...notificationRows, ...privilegeRows, ...circleDayRows, ...groupBuyRows];
const schema = sdlSchema();

describe('the authorisation matrix', () => {
  test('has a row for every mutation, query field and private field of the schema', () => {
    const covered = new Set(rows.map(coveredField));
    expect(operationsNeedingRows(schema).filter((op) => !covered.has(op))).toEqual([]);
  });

  test('has no row for an operation the schema does not have or does not mark private', () => {
    const needed = new Set(operationsNeedingRows(schema));
    expect(rows.map(coveredField).filter((op) => !needed.has(op))).toEqual([]);
  });

  test('reads the private markers of the SDL (Order, Member.email, Member.inviteCode)', () => {
    expect(privateTypes(schema)).toContain('Order');
    expect(operationsNeedingRows(schema)).toEqual(expect.arrayContaining(['Member.email', 'Member.inviteCode', 'Commission.shares', 'Payout.lines']));
  });

  test('no entry point open to anonymous requests leads to a private type', () => {
    const open = rows.filter((row) => row.expected[0] === 'ALLOWED' || row.expected[0] === 'HIDDEN').map(coveredField);
    const openRoots = [...new Set(open.filter((op) => op.startsWith('Query.') || op.startsWith('Mutation.')))];
    expect(openRoots.length).toBeGreaterThan(10);
    const reached = reachableTypes(schema, openRoots);
    expect(privateTypes(schema).filter((type) => reached.has(type))).toEqual([]);
  });
});
