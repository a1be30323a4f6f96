import { describe, expect, test } from '@jest/globals';
import { explainReconcile, explainTrustEvent, formatDelta } from '../../../server/domain/trust';

const cherries = {
  delta: 1.8,
  after: 74.3,
  raterHandle: 'wang',
  productTitle: 'Hainan cherries',
  heldUp: true,
  cause: 'FEEDBACK' as const,
  raterScore: 72.4,
};

describe('explainTrustEvent', () => {
  test('English says what the product spec says, then where the score now stands', () => {
    expect(explainTrustEvent(cherries, 'en')).toBe(
      "+1.8: @wang's order of Hainan cherries held up; @wang's trust is 72. Now 74.3.",
    );
  });

  test('a verdict that did not hold up, and a refund', () => {
    expect(explainTrustEvent({ ...cherries, delta: -2.35, after: 70.1, heldUp: false }, 'en')).toBe(
      "-2.4: @wang's order of Hainan cherries did not hold up; @wang's trust is 72. Now 70.1.",
    );
    expect(explainTrustEvent({ ...cherries, delta: -3, after: 69, heldUp: false, cause: 'REFUND' }, 'en')).toBe(
      "-3.0: @wang's order of Hainan cherries was refunded; @wang's trust is 72. Now 69.0.",
    );
  });

  test('Simplified Chinese says the same in the same order', () => {
    const zh = { ...cherries, productTitle: '海南樱桃' };
    expect(explainTrustEvent(zh, 'zh-CN')).toBe('+1.8：@wang 购买的海南樱桃符合推荐；@wang 的信任分为 72。信任分现为 74.3。');
    expect(explainTrustEvent({ ...zh, delta: -1, heldUp: false }, 'zh-CN')).toBe(
      '-1.0：@wang 购买的海南樱桃不符合推荐；@wang 的信任分为 72。信任分现为 74.3。',
    );
    expect(explainTrustEvent({ ...zh, delta: -1, heldUp: false, cause: 'REFUND' }, 'zh-CN')).toBe(
      '-1.0：@wang 购买的海南樱桃已退款；@wang 的信任分为 72。信任分现为 74.3。',
    );
  });

  test('visible fading splits the delta: the verdict’s part and the older verdicts’ part add up to it', () => {
    const faded = { ...cherries, delta: -0.12, faded: -0.14, after: 92.8, raterScore: 50 };
    expect(explainTrustEvent(faded, 'en')).toBe(
      "-0.1: @wang's order of Hainan cherries held up (0.0); @wang's trust is 50. Older verdicts faded with time (-0.1). Now 92.8.",
    );
    expect(explainTrustEvent({ ...faded, delta: 0.3, faded: -0.1 }, 'en')).toMatch(/held up \(\+0\.4\);.*faded with time \(-0\.1\)/);
    expect(explainTrustEvent({ ...faded, productTitle: '海南樱桃', delta: -2.1, faded: 0.2, heldUp: false }, 'zh-CN')).toBe(
      '-2.1：@wang 购买的海南樱桃不符合推荐（-2.3）；@wang 的信任分为 50。较早的评价随时间淡化（+0.2）。信任分现为 92.8。',
    );
  });

  test('fading too small to show leaves the sentence as the spec has it', () => {
    expect(explainTrustEvent({ ...cherries, faded: -0.04 }, 'en')).toBe(
      "+1.8: @wang's order of Hainan cherries held up; @wang's trust is 72. Now 74.3.",
    );
  });

  test('a handle that already carries its @ is not doubled', () => {
    expect(explainTrustEvent({ ...cherries, raterHandle: '@li' }, 'en')).toMatch(/^\+1\.8: @li's order/);
  });
});

describe('formatDelta', () => {
  test('one decimal, always signed unless zero', () => {
    expect(formatDelta(1.8)).toBe('+1.8');
    expect(formatDelta(0.04)).toBe('0.0');
    expect(formatDelta(-0.04)).toBe('0.0');
    expect(formatDelta(-0.05)).toBe('-0.1');
    expect(formatDelta(12)).toBe('+12.0');
  });
});

describe('explainReconcile', () => {
  test('says that the recompute weighed the verdicts again', () => {
    expect(explainReconcile({ delta: -0.6, after: 73.1 }, 'en')).toBe(
      "-0.6: the periodic recompute weighed every verdict again with the raters' current trust. Now 73.1.",
    );
    expect(explainReconcile({ delta: 0.4, after: 51 }, 'zh-CN')).toBe(
      '+0.4：定期重算按评价者当前的信任重新衡量了所有评价。信任分现为 51.0。',
    );
  });
});
