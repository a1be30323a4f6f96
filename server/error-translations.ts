// Errors a client can act on, in the language the request asks for: English (as written where
// they are thrown) or Simplified Chinese. The web app sends its chosen language as
// Accept-Language; any other client gets English unless it asks for Chinese first. Every
// /graphql answer says `Vary: Accept-Language` (server/app.ts), so shared caches keep them apart.
//
// The English sentence stays the source of truth and is what the code throws, logs and tests;
// this table turns it into Chinese on the way out. `{name}` marks a part that varies (a number,
// a date, a field); a thing named in it ("That member was not found.") is translated too.
// test/unit/error-translations.test.ts scans the code for every message it can throw and fails
// when one has no translation here.
import type { ApolloServerPlugin } from '@apollo/server';
import { FIELD_LABELS } from './field-labels';

export type ErrorLanguage = 'en' | 'zh-CN';

/** Every client-actionable message, English → Simplified Chinese. The first template that matches wins. */
const ZH: Record<string, string> = {
  // Signing in, accounts, permissions
  'Please sign in first.': '请先登录。',
  'Handle or password is wrong.': '用户名或密码错误。',
  'You are not allowed to do that.': '你没有权限这样做。',
  'Only suppliers can do that.': '只有供应商可以这样做。',
  'Only admins can do that.': '只有管理员可以这样做。',
  'That handle is taken; please choose another.': '该用户名已被占用，请换一个。',
  'That handle or email was just taken; please choose another.': '该用户名或邮箱刚刚被占用，请换一个。',
  'Too many failed sign-in attempts. Please try again in {minutes} minute{plural}.': '登录失败次数过多，请在 {minutes} 分钟后重试。',
  'Too many failed sign-in attempts. Please try again in {seconds} second{plural}.': '登录失败次数过多，请在 {seconds} 秒后重试。',
  'Too many changes in a short time. Please wait {seconds} seconds and try again.': '短时间内操作过多，请等待 {seconds} 秒后重试。',
  'This query is too expensive (estimated cost {cost}, limit {limit}); ask for smaller pages or fewer nested lists.':
    '该查询开销过大（估算开销 {cost}，上限 {limit}）；请减小分页或减少嵌套列表。',
  'Too many large queries at once. Please try again in a second.': '同时进行的大型查询过多，请一秒后重试。',
  'This API has no subscriptions; send a query or a mutation.': '此 API 不提供订阅（subscription），请发送查询或变更操作。',
  // Account security: password change and reset, sessions
  'this is not your current password.': '这不是你当前的密码。',
  'this reset link is not valid any more (used, expired or mistyped); ask for a new one.': '此重设链接已失效（已使用、已过期或有误），请重新申请。',
  'is not a reset token; open the link from the mail again': '不是有效的重设令牌，请重新打开邮件中的链接',
  'Too many password reset requests from here. Please try again in {minutes} minutes.': '此处的密码重设请求过多，请在 {minutes} 分钟后重试。',
  // Notifications
  'Only admins receive this kind of notification.': '只有管理员会收到这类通知。',
  'is not a kind of notification': '不是有效的通知类型',
  'must be true or false': '必须是“是”或“否”',
  // Delivery addresses
  'You can keep at most {max} addresses; remove one first.': '你最多可以保存 {max} 个地址，请先删除一个。',
  'this is not one of your addresses.': '这不是你的地址。',
  'must be a two-letter country code such as CN, US or DE': '必须是两个字母的国家代码，例如 CN、US 或 DE',
  'must be an 11-digit mainland mobile number starting with 1': '必须是以 1 开头的 11 位中国大陆手机号码',
  'must give the province for an address in China': '中国地址必须填写省份',
  'must give the district or county for an address in China': '中国地址必须填写区或县',
  'must be 6 digits in China': '中国的邮政编码必须是 6 位数字',
  'must be 6–15 digits, optionally starting with +': '必须是 6 到 15 位数字，可以 + 开头',
  'must be 2–12 letters, digits, spaces or dashes': '必须是 2 到 12 个字母、数字、空格或连字符',
  'is not a phone number': '不是电话号码',
  'is not a postcode': '不是邮政编码',
  // Not found
  '{thing} was not found.': '未找到{thing}。',
  // Orders
  'Only the buyer, the supplier and admins can see this order.': '只有买家、供应商和管理员可以查看此订单。',
  'Only the buyer can confirm receipt of this order.': '只有买家可以确认收货。',
  'Only the supplier of this product can do that.': '只有该商品的供应商可以这样做。',
  'This idempotency key was already used for a different order. Use a new key for a new order.':
    '该幂等键已用于另一笔订单。新订单请使用新的键。',
  'the total of this order is too large.': '订单总额过大。',
  'a re-share needs the recommendation code it shared.': '转发需要附上所转发推荐的推荐码。',
  'no recommendation has this code.': '没有推荐使用此推荐码。',
  'this recommendation is for another product.': '该推荐对应的是另一件商品。',
  'no member has this handle.': '没有会员使用此用户名。',
  'This order has already been delivered.': '此订单已送达。',
  'This order was refunded; it can no longer be delivered.': '此订单已退款，无法再标记送达。',
  'This order has already been refunded.': '此订单已退款。',
  'The refund window of this order closed on {day} ({days} days after delivery).': '此订单的退款期限已于 {day} 结束（送达后 {days} 天）。',
  // Feedback
  'You can rate the recommendation once you have received the order: confirm receipt first.': '收到订单后才能评价推荐：请先确认收货。',
  'This order was refunded; the refund already counts as its verdict.': '此订单已退款，退款已作为它的评价。',
  'The rating window of this order closed on {day} ({days} days after delivery).': '此订单的评价期限已于 {day} 结束（送达后 {days} 天）。',
  'You have already rated the recommendation for this order.': '你已评价过此订单的推荐。',
  'Only the buyer of this order can rate its recommendation.': '只有此订单的买家可以评价其推荐。',
  'This order was not placed through a recommendation, so there is no recommendation to rate.': '此订单并非通过推荐下单，没有可评价的推荐。',
  'You cannot rate your own recommendation.': '你不能评价自己的推荐。',
  // Recommendations and products
  'You have already recommended this product; edit your recommendation instead.': '你已推荐过此商品，请改为编辑你的推荐。',
  'You can recommend a product only after you have received it.': '收到商品后才能推荐它。',
  'A supplier cannot recommend its own product.': '供应商不能推荐自己的商品。',
  'You can post at most {max} recommendations a day; try again after midnight UTC.': '你每天最多可发布 {max} 条推荐，请在 UTC 午夜之后再试。',
  'Only the author can edit this recommendation.': '只有作者可以编辑此推荐。',
  'Only the supplier who lists this product can edit it.': '只有上架此商品的供应商可以编辑它。',
  // Photos
  'This photo is too large: the limit is {n} MB.': '照片太大：上限为 {n} MB。',
  'This file is not an image we can read: upload a JPEG, PNG, WebP or AVIF photo.': '无法读取此文件：请上传 JPEG、PNG、WebP 或 AVIF 格式的照片。',
  'This type of file is not accepted: upload a JPEG, PNG, WebP or AVIF photo.': '不接受此类文件：请上传 JPEG、PNG、WebP 或 AVIF 格式的照片。',
  'This photo has too many pixels: the limit is {n} megapixels.': '照片像素过多：上限为 {n} 百万像素。',
  'Send the photo as multipart/form-data, in a file field named photo.': '请以 multipart/form-data 发送照片，文件字段名为 photo。',
  'The upload has no photo: send it in a file field named photo.': '上传内容中没有照片：请放在名为 photo 的文件字段中发送。',
  'You can attach only photos you uploaded yourself.': '只能使用你自己上传的照片。',
  'is not a valid photo id': '不是有效的照片 ID',
  'at most {n} photos': '最多 {n} 张照片',
  'must not name the same photo twice': '不能重复同一张照片',
  // Commissions, follows, fraud flags
  'Only the beneficiaries of this commission and admins can see it.': '只有此佣金的受益人和管理员可以查看。',
  'you cannot follow yourself.': '你不能关注自己。',
  // The daily ranking among friends
  'You can cheer only the day of someone you follow or who follows you.': '你只能为你关注的人或关注你的人的这一天加油。',
  'Your own day is for your friends to cheer.': '你自己的这一天留给朋友来加油。',
  'This fraud flag has already been cleared.': '此欺诈标记已被解除。',
  'This fraud flag has already been decided.': '此欺诈标记已有处理结果。',
  'no member has this invitation code.': '没有会员使用此邀请码。',
  // Privileges unlocked by trust (server/domain/privileges.ts) and community flags
  'A place on the boards needs a vouched rank key of at least {min} and a confidence of at least {conf}; yours are {rk} and {c}.':
    '上榜需要经担保的排名分至少 {min}、置信度至少 {conf}；你的排名分为 {rk}，置信度为 {c}。',
  'Re-sharing for a share needs a vouched rank key of at least {min} and a confidence of at least {conf}; yours are {rk} and {c}.':
    '转发分成需要经担保的排名分至少 {min}、置信度至少 {conf}；你的排名分为 {rk}，置信度为 {c}。',
  'Opening a group buy needs a vouched rank key of at least {min} and a confidence of at least {conf}; yours are {rk} and {c}.':
    '开团需要经担保的排名分至少 {min}、置信度至少 {conf}；你的排名分为 {rk}，置信度为 {c}。',
  'Trusted-pick placement needs a vouched rank key of at least {min} and a confidence of at least {conf}; yours are {rk} and {c}.':
    '进入信任精选需要经担保的排名分至少 {min}、置信度至少 {conf}；你的排名分为 {rk}，置信度为 {c}。',
  'Flagging a recommendation needs a vouched rank key of at least {min} and a confidence of at least {conf}; yours are {rk} and {c}.':
    '举报推荐需要经担保的排名分至少 {min}、置信度至少 {conf}；你的排名分为 {rk}，置信度为 {c}。',
  'Flagging a recommendation is suspended until {day}: too many of your flags were dismissed by an admin.':
    '举报推荐的权限暂停至 {day}：你的举报被管理员驳回过多。',
  'You cannot flag your own recommendation.': '你不能举报自己的推荐。',
  'You have already flagged this recommendation.': '你已举报过此推荐。',
  'This review has already been decided.': '此审核已有处理结果。',
  // Lists and cursors
  'this cursor is not one we gave out; start again without it.': '此游标不是我们给出的，请不带它重新开始。',
  'this cursor is not one we gave out.': '此游标不是我们给出的。',
  'must be between {min} and {max}': '必须在 {min} 到 {max} 之间',
  'give a category for the CATEGORY leaderboard.': '分类排行榜需要指定分类。',
  'search results reach at most {depth} deep. Search for something narrower.': '搜索结果最多列出 {depth} 条，请换个更具体的词。',
  // Field rules (after the field's name)
  'must not be empty': '不能为空',
  'must be at least {n} characters': '至少需要 {n} 个字符',
  'must be at most {n} characters': '最多 {n} 个字符',
  'must not contain control characters': '不能包含控制字符',
  'is not valid Unicode text (it has a lone surrogate)': '不是有效的 Unicode 文本（含有孤立代理项）',
  'must not contain bidirectional override or isolate characters': '不能包含双向覆盖或隔离字符',
  'must not contain invisible characters such as zero-width spaces or fillers': '不能包含零宽空格、填充符等不可见字符',
  'must be one line (no tabs or line breaks)': '必须是一行（不能含制表符或换行）',
  'is not a valid id': '不是有效的 ID',
  'must be a date like 2026-06-01': '必须是形如 2026-06-01 的日期',
  'must be a whole number': '必须是整数',
  'must be at most {n} (30 %)': '最多为 {n}（30%）',
  'must be at least {n}': '至少为 {n}',
  'must be at most {n}': '最多为 {n}',
  'must be 3–30 letters, digits or _': '必须是 3–30 个字母、数字或下划线',
  'must be a valid email address': '必须是有效的邮箱地址',
  'is not a valid invitation code': '不是有效的邀请码',
  'is too long': '太长了',
  'is one of the most common passwords; choose one nobody else would': '是最常见的密码之一，请选择别人想不到的密码',
  'repeats a character or a pattern; choose one that does not': '重复了某个字符或模式，请换一个',
  'is a sequence of letters, digits or keys; choose one that is not': '是字母、数字或键盘按键的连续序列，请换一个',
  'contains your handle, name or email, or the name of this site; choose one that does not': '包含你的用户名、名字、邮箱或本站名称，请换一个',
  'is too easy to guess; a few unrelated words make a strong one': '太容易被猜到；几个互不相关的词就能组成强密码',
  'give exactly one of {a} and {b}': '{a} 和 {b} 必须且只能给出一个',
  'give stars, text or both': '请给出星级、文字或两者',
  'is not a recommendation code': '不是推荐码',
  'is not a handle': '不是用户名',
  'must be printable ASCII without spaces': '必须是不含空格的可打印 ASCII 字符',
  'must be lower-case letters, digits and single hyphens, like fresh-fruit': '必须由小写字母、数字和单个连字符组成，例如 fresh-fruit',
  'must be a whole number of minor units': '必须是以最小货币单位计的整数',
  'must be more than 0': '必须大于 0',
  'must be an ISO 4217 code of three letters, like CNY': '必须是三个字母的 ISO 4217 货币代码，例如 CNY',
  'must be a whole number of basis points': '必须是整数个基点',
  'must not be negative': '不能为负数',
  // Variables that do not fit their types (server/variable-errors.ts): the rule after the path
  'must be an object of type {type}': '必须是 {type} 类型的对象',
  'is not a field of {type}': '不是 {type} 的字段',
  'has a field that {type} does not define': '含有 {type} 未定义的字段',
  'must be given ({type})': '必须提供（{type}）',
  'must not be null': '不能为 null',
  'must be one of the values of {type}': '必须是 {type} 的取值之一',
  'must be a value of type {type}': '必须是 {type} 类型的值',
  'has a value of the wrong type': '值的类型不对',
  // Scalars
  'Money must be a whole number of minor units (e.g. fen), like 1299 for ¥12.99.': '金额必须是以最小货币单位（如分）计的整数，例如 1299 表示 ¥12.99。',
  'Money must be a whole number of minor units.': '金额必须是以最小货币单位计的整数。',
  'DateTime must be an ISO-8601 date-time such as 2026-06-01T08:00:00Z.': 'DateTime 必须是 ISO-8601 日期时间，例如 2026-06-01T08:00:00Z。',
  'DateTime must be a string.': 'DateTime 必须是字符串。',
  // What reaches a client when the fault is ours
  'Something went wrong on our side. Please try again.': '我们这边出了点问题，请重试。',
  // Group buys
  'A product can have at most {n} group tiers.': '一个商品最多可设 {n} 档拼团价。',
  'Each tier needs between 2 and {n} buyers.': '每一档需要 2 到 {n} 位买家。',
  "Each tier's discount must be between 0.01 % and {n} %.": '每一档的折扣必须在 0.01% 到 {n}% 之间。',
  'Tiers must go from the smallest group to the largest, each with a deeper discount.': '各档须按人数从少到多排列，人数越多折扣越大。',
  'You already lead an open group buy of this product; it must close before you open another.': '你已在为该商品开团，需等它结束后才能再开新团。',
  'You can open a group buy only through your own recommendation.': '只能通过你自己的推荐开团。',
  'The supplier offers no group prices for this product.': '供应商没有为该商品设置拼团价。',
  'The target must be one of the tiers: {tiers} buyers.': '目标人数必须是某一档：{tiers} 人。',
  'The deadline must be at least an hour from now.': '截止时间至少要在一小时之后。',
  "The deadline must be within {hours} hours: the supplier's longest group buy.": '截止时间必须在 {hours} 小时内：这是供应商允许的最长拼团时间。',
  'This idempotency key was already used for a different join. Use a new key for a new join.': '该幂等键已用于另一次参团。新的参团请使用新的键。',
  'This group buy has already closed.': '该拼团已经结束。',
  'This group buy has reached its deadline; it is closing.': '该拼团已到截止时间，正在结束。',
  'Only the leader of this group buy can close it.': '只有团长可以结束该拼团。',
  'The group can close once it reaches its first tier ({n} buyers); until then it waits for its deadline.':
    '拼团达到第一档（{n} 人）后才能提前结束；在此之前将等到截止时间。',
  'must be a date and time': '必须是日期和时间',
  'Trustline cannot reach its database right now. Please try again in a moment.': 'Trustline 暂时无法连接数据库，请稍后重试。',
  'This Trustline server is shutting down. Please try again in a moment.': '此 Trustline 服务器正在关闭，请稍后重试。',
};

/** The things `{thing} was not found.` names. */
const THINGS_ZH: Record<string, string> = {
  'That member': '该会员',
  Member: '会员',
  'Your member account': '你的会员账号',
  Order: '订单',
  Product: '商品',
  'That product': '该商品',
  Recommendation: '推荐',
  'Fraud flag': '欺诈标记',
  'That session': '该登录会话',
  'That address': '该地址',
  'That notification': '该通知',
  'Flag review': '举报审核',
  "That member's day among friends": '该会员这一天的好友排名',
  'Group buy': '拼团',
};

interface Template {
  pattern: RegExp;
  names: string[];
  zh: string;
}

const TEMPLATES: Template[] = Object.entries(ZH).map(([en, zh]) => {
  const names: string[] = [];
  const source = en
    .split(/(\{[a-z]+\})/i)
    .map((part) => {
      const name = /^\{([a-z]+)\}$/i.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^$()[\]{}|\\]/g, '\\$&');
      names.push(name);
      return name === 'plural' ? '(s?)' : '(.+?)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), names, zh };
});

function fromTemplates(message: string): string | undefined {
  for (const t of TEMPLATES) {
    const match = t.pattern.exec(message);
    if (!match) continue;
    const values = new Map(t.names.map((name, k) => [name, match[k + 1]!]));
    const thing = values.get('thing');
    if (thing !== undefined) {
      const zhThing = THINGS_ZH[thing];
      if (!zhThing) return undefined;
      values.set('thing', zhThing);
    }
    return t.zh.replace(/\{([a-z]+)\}/gi, (_, name: string) => values.get(name) ?? '');
  }
  return undefined;
}

// Field labels, longest first, so "Handle or email" is not read as "Handle" + "or email …".
const LABELS = Object.values(FIELD_LABELS).sort((a, b) => b.en.length - a.en.length);

/** A rule or a sentence: as written, or as the lower-case rule it was made from (`sentence`). */
function fromRule(text: string): string | undefined {
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  // Without the full stop first: "must be at most {n}" would otherwise take "2000 characters." as its n.
  for (const candidate of [text.replace(/\.$/, ''), lower.replace(/\.$/, ''), text, lower]) {
    const zh = fromTemplates(candidate);
    if (zh !== undefined) return zh;
  }
  return undefined;
}

/** Chinese ends a sentence with its own full stop; a Latin word beside Chinese gets a space. */
function zhSentence(label: string, rule: string): string {
  const body = rule.replace(/[。.]$/, '');
  return `${label}${/[A-Za-z0-9]$/.test(label) ? ' ' : ''}${body}。`;
}

/**
 * The message in `language`, or undefined when there is no translation (it then stays English).
 * A field's message ("Display name must not be empty.", server/field-labels.ts) takes the
 * field's Chinese label and the rule's translation; older "field: rule" messages keep the API name.
 */
export function translateError(message: string, language: ErrorLanguage): string | undefined {
  if (language === 'en') return message;
  const whole = fromTemplates(message);
  if (whole !== undefined) return whole;
  for (const label of LABELS) {
    if (!message.startsWith(`${label.en} `)) continue;
    const rule = fromRule(message.slice(label.en.length + 1));
    if (rule !== undefined) return zhSentence(label.zh, rule);
  }
  const unlabelled = /^The field (\S+) (.+)$/.exec(message);
  if (unlabelled) {
    const rule = fromRule(unlabelled[2]!);
    return rule === undefined ? undefined : zhSentence(`字段 ${unlabelled[1]}`, rule);
  }
  const plain = fromRule(message);
  if (plain !== undefined) return plain.endsWith('。') ? plain : `${plain.replace(/\.$/, '')}。`;
  const field = /^([A-Za-z][A-Za-z0-9_.]*): (.+)$/.exec(message);
  if (!field) return undefined;
  const rule = fromTemplates(field[2]!);
  return rule === undefined ? undefined : `${field[1]}：${rule}`;
}

/**
 * The language of an Accept-Language header: Chinese when a Chinese tag comes before any English
 * one (by q-value, then order), English otherwise.
 */
export function errorLanguage(acceptLanguage: string | undefined | null): ErrorLanguage {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

/** Translates the errors of each GraphQL response into the request's language. */
export function errorLanguagePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // Most answers carry no error: only those read the header.
          if (!result.errors?.length) return;
          const language = errorLanguage(request.http?.headers.get('accept-language'));
          if (language === 'en') return;
          result.errors = result.errors.map((e) => {
            const message = translateError(e.message, language);
            return message === undefined ? e : { ...e, message };
          });
        },
      };
    },
  };
}
