// The privilege ladder (server/domain/privileges.ts) and the community-flag rules
// (server/domain/community-flags.ts): pure functions, checked at their edges.
import { describe, expect, test } from '@jest/globals';
import {
  DEFAULT_PRIVILEGE_LADDER as LADDER,
  ladderProblem,
  nextPrivilege,
  privilegeChanges,
  PrivilegeDenied,
  privilegeLadder,
  privilegeRefusal,
  privilegeStanding,
  requirePrivilege,
} from '../../server/domain/privileges';
import { callsForReview, DEFAULT_FLAG_RULES, flagAbuseSuspension, flagWeight } from '../../server/domain/community-flags';
import { deriveTrust, NO_EVIDENCE } from '../../server/domain/trust';
import { translateError } from '../../server/error-translations';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T08:00:00Z');
/** A record of n full vouched verdicts that all held up, as the trust module derives it. */
const clean = (n: number) => deriveTrust({ ...NO_EVIDENCE, vouchedPositive: n }, 1, new Date(NOW));

describe('the ladder', () => {
  test('each default step reads as "about n clean sales" (1, 3, 5, 8)', () => {
    const unlockedAt = (n: number) => privilegeLadder(clean(n)).filter((s) => s.unlocked).map((s) => s.privilege);
    expect(unlockedAt(0)).toEqual([]);
    expect(unlockedAt(1)).toEqual(['onBoards', 'reshare']);
    expect(unlockedAt(2)).toEqual(['onBoards', 'reshare']);
    expect(unlockedAt(3)).toEqual(['onBoards', 'reshare', 'openGroupBuy']);
    expect(unlockedAt(5)).toEqual(['onBoards', 'reshare', 'openGroupBuy', 'trustedPick']);
    expect(unlockedAt(7)).toEqual(['onBoards', 'reshare', 'openGroupBuy', 'trustedPick']);
    expect(unlockedAt(8)).toEqual(['onBoards', 'reshare', 'openGroupBuy', 'trustedPick', 'flag']);
  });

  test('an unvouched score opens nothing, however high', () => {
    const sybilPraised = deriveTrust({ ...NO_EVIDENCE, unvouchedPositive: 500 }, 0, new Date(NOW));
    expect(sybilPraised.score).toBeGreaterThan(70);
    expect(privilegeLadder(sybilPraised).every((s) => !s.unlocked && s.progress === 0)).toBe(true);
  });

  test('both thresholds must be met: a high rank key with too little confidence stays closed', () => {
    const s = privilegeStanding({ rankKey: 90, confidence: 0.39 }, 'flag');
    expect(s.unlocked).toBe(false);
    expect(s.progress).toBeCloseTo(0.39 / 0.4, 5);
    expect(privilegeStanding({ rankKey: 65, confidence: 0.4 }, 'flag').unlocked).toBe(true);
  });

  test('progress is the lesser ratio and shows full only when unlocked', () => {
    expect(privilegeStanding({ rankKey: 20, confidence: 0.3 }, 'openGroupBuy').progress).toBe(0.5);
    expect(privilegeStanding({ rankKey: 39.999, confidence: 0.5 }, 'openGroupBuy').progress).toBe(0.99);
    expect(nextPrivilege(privilegeLadder(clean(3)))?.privilege).toBe('trustedPick');
    expect(nextPrivilege(privilegeLadder(clean(20)))).toBeNull();
  });

  test('lost again when trust falls: a let-down after a short record closes the steps it no longer reaches', () => {
    const before = clean(3);
    const after = deriveTrust({ ...NO_EVIDENCE, vouchedPositive: 3, vouchedNegative: 2 }, 1, new Date(NOW));
    expect(privilegeChanges(before, after)).toEqual({ gained: [], lost: ['openGroupBuy'] });
    expect(privilegeChanges(after, before)).toEqual({ gained: ['openGroupBuy'], lost: [] });
    expect(privilegeChanges(clean(0), clean(1))).toEqual({ gained: ['onBoards', 'reshare'], lost: [] });
  });

  test('a suspension closes a step the trust reaches, and only that', () => {
    const suspension = { reason: 'FLAG_ABUSE' as const, until: NOW + 10 * DAY };
    const s = privilegeStanding(clean(10), 'flag', LADDER, suspension);
    expect(s).toMatchObject({ unlocked: false, progress: 1, suspension });
    expect(privilegeStanding(clean(1), 'flag', LADDER, suspension).suspension).toBeNull();
  });

  test('the configured ladder must climb and stay in range', () => {
    expect(ladderProblem(LADDER)).toBeUndefined();
    expect(ladderProblem({ ...LADDER, trustedPick: { rankKey: 30, confidence: 0.3 } })).toMatch(/climbs/);
    expect(ladderProblem({ ...LADDER, flag: { rankKey: 101, confidence: 0.5 } })).toMatch(/between 0 and 100/);
    expect(ladderProblem({ ...LADDER, flag: { rankKey: 70, confidence: 1 } })).toMatch(/below 1/);
  });
});

describe('refusals', () => {
  test('state the threshold and the standing, in both languages', () => {
    const refusal = privilegeRefusal(privilegeStanding({ rankKey: 12.34, confidence: 0.081 }, 'openGroupBuy'))!;
    expect(refusal).toEqual({
      code: 'FORBIDDEN',
      message: 'Opening a group buy needs a vouched rank key of at least 40.0 and a confidence of at least 0.20; yours are 12.3 and 0.08.',
    });
    expect(translateError(refusal.message, 'zh-CN')).toBe('开团需要经担保的排名分至少 40.0、置信度至少 0.20；你的排名分为 12.3，置信度为 0.08。');
  });

  test('every step and the suspension have a Chinese sentence', () => {
    for (const standing of privilegeLadder({ rankKey: 0, confidence: 0 })) {
      const message = privilegeRefusal(standing)!.message;
      expect(translateError(message, 'zh-CN')).toMatch(/。$/);
    }
    const suspended = privilegeRefusal(privilegeStanding(clean(10), 'flag', LADDER, { reason: 'FLAG_ABUSE', until: Date.parse('2026-08-30T00:00:00Z') }))!;
    expect(suspended.message).toBe('Flagging a recommendation is suspended until 2026-08-30: too many of your flags were dismissed by an admin.');
    expect(translateError(suspended.message, 'zh-CN')).toBe('举报推荐的权限暂停至 2026-08-30：你的举报被管理员驳回过多。');
  });

  test('requirePrivilege throws the refusal when closed and returns the standing when open', () => {
    expect(() => requirePrivilege(clean(1), 'flag')).toThrow(PrivilegeDenied);
    expect(requirePrivilege(clean(8), 'flag').unlocked).toBe(true);
  });
});

describe('community flags', () => {
  test('weight is the rank key on 0–1', () => {
    expect(flagWeight(67.6)).toBe(0.676);
    expect(flagWeight(-3)).toBe(0);
    expect(flagWeight(140)).toBe(1);
  });

  test('a review opens at the summed weight: one member with rank key 80, or two past the step', () => {
    expect(callsForReview([0.79])).toBe(false);
    expect(callsForReview([0.8])).toBe(true);
    expect(callsForReview([0.65, 0.65])).toBe(true);
    expect(callsForReview([0.4, 0.4])).toBe(true);
    expect(callsForReview([])).toBe(false);
  });

  test('three dismissed flags within 90 days suspend the privilege until the third newest leaves the window', () => {
    const rules = DEFAULT_FLAG_RULES;
    expect(flagAbuseSuspension([NOW - DAY, NOW - 2 * DAY], NOW, rules)).toBeNull();
    expect(flagAbuseSuspension([NOW - DAY, NOW - 2 * DAY, NOW - 95 * DAY], NOW, rules)).toBeNull();
    expect(flagAbuseSuspension([NOW - 80 * DAY, NOW - DAY, NOW - 2 * DAY, NOW - 30 * DAY], NOW, rules)).toEqual({
      reason: 'FLAG_ABUSE',
      until: NOW - 30 * DAY + 90 * DAY,
    });
  });
});

describe('configuration', () => {
  test('PRIVILEGE_* and FLAG_* set the ladder and the flag rules; a ladder that does not climb is refused', async () => {
    const { configFromEnv } = await import('../../server/config');
    expect(configFromEnv({}).privileges).toEqual({ ladder: LADDER, flags: DEFAULT_FLAG_RULES });
    const set = configFromEnv({ PRIVILEGE_FLAG: '70 / 0.5', FLAG_REVIEW_WEIGHT: '1', FLAG_ABUSE_DISMISSED: '5', FLAG_ABUSE_DAYS: '30' }).privileges;
    expect(set.ladder.flag).toEqual({ rankKey: 70, confidence: 0.5 });
    expect(set.flags).toEqual({ reviewWeight: 1, abuseDismissed: 5, abuseDays: 30 });
    expect(() => configFromEnv({ PRIVILEGE_TRUSTED_PICK: '10/0.3' })).toThrow(/the ladder climbs/);
    expect(() => configFromEnv({ PRIVILEGE_FLAG: 'high' })).toThrow(/must be rankKey\/confidence/);
  });
});
