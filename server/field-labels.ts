// What a field is called in an error a person reads. The API's own names ("displayName",
// "commissionRateBps") are for programs: a refusal reads "Display name must not be empty." in
// English and "显示名称不能为空。" in Chinese, while `extensions.field` keeps the machine name for
// a client to put the message beside its own control. Labels are the web app's words for the same
// fields, so the form and its error agree. test/unit/field-labels.test.ts checks that every
// argument and input field of the schema has one.

export interface FieldLabel {
  en: string;
  zh: string;
}

/** By the API's name of an argument or input field (the last part of a path). */
export const FIELD_LABELS: Record<string, FieldLabel> = {
  after: { en: 'The cursor', zh: '游标' },
  bio: { en: 'Bio', zh: '简介' },
  category: { en: 'Category', zh: '分类' },
  code: { en: 'Recommendation code', zh: '推荐码' },
  comment: { en: 'Comment', zh: '评论' },
  commissionRateBps: { en: 'Commission rate', zh: '佣金比例' },
  currency: { en: 'Currency', zh: '币种' },
  day: { en: 'Day', zh: '日期' },
  days: { en: 'Number of days', zh: '天数' },
  decision: { en: 'Decision', zh: '决定' },
  description: { en: 'Description', zh: '描述' },
  displayName: { en: 'Display name', zh: '显示名称' },
  email: { en: 'Email', zh: '邮箱' },
  first: { en: 'Page size', zh: '每页条数' },
  handle: { en: 'Handle', zh: '用户名' },
  handleOrEmail: { en: 'Handle or email', zh: '用户名或邮箱' },
  heldUp: { en: '"Did it hold up?"', zh: '“是否符合推荐”' },
  id: { en: 'The id', zh: 'ID' },
  idempotencyKey: { en: 'Idempotency key', zh: '幂等键' },
  input: { en: 'The input', zh: '输入' },
  invitationCode: { en: 'Invitation code', zh: '邀请码' },
  locale: { en: 'Language', zh: '语言' },
  memberId: { en: 'Member id', zh: '会员 ID' },
  note: { en: 'Note', zh: '备注' },
  orderId: { en: 'Order id', zh: '订单 ID' },
  password: { en: 'Password', zh: '密码' },
  personal: { en: 'Personal', zh: '个性化' },
  priceMinor: { en: 'Price', zh: '价格' },
  productId: { en: 'Product id', zh: '商品 ID' },
  city: { en: 'City', zh: '城市' },
  country: { en: 'Country', zh: '国家或地区' },
  currentPassword: { en: 'Current password', zh: '当前密码' },
  deliveryAddressId: { en: 'Delivery address', zh: '收货地址' },
  district: { en: 'District', zh: '区县' },
  newPassword: { en: 'New password', zh: '新密码' },
  onHold: { en: 'On hold', zh: '暂扣' },
  phone: { en: 'Phone', zh: '电话' },
  postcode: { en: 'Postcode', zh: '邮政编码' },
  recipientName: { en: "Recipient's name", zh: '收件人姓名' },
  region: { en: 'Province or region', zh: '省份或地区' },
  street: { en: 'Street address', zh: '详细地址' },
  token: { en: 'Reset link', zh: '重置链接' },
  photoId: { en: 'Photo', zh: '照片' },
  photoIds: { en: 'Photos', zh: '照片' },
  recommendationId: { en: 'Recommendation id', zh: '推荐 ID' },
  quantity: { en: 'Quantity', zh: '数量' },
  reason: { en: 'Reason', zh: '原因' },
  recommendationCode: { en: 'Recommendation code', zh: '推荐码' },
  resharerHandle: { en: "Re-sharer's handle", zh: '转发者用户名' },
  scope: { en: 'Board', zh: '排行榜' },
  search: { en: 'Search', zh: '搜索词' },
  stars: { en: 'Stars', zh: '星级' },
  status: { en: 'Status', zh: '状态' },
  supplier: { en: 'Supplier', zh: '供应商' },
  supplierId: { en: 'Supplier id', zh: '供应商 ID' },
  text: { en: 'Text', zh: '内容' },
  title: { en: 'Title', zh: '标题' },
  verified: { en: 'Verified', zh: '认证' },
  kind: { en: 'Kind of notification', zh: '通知类型' },
  inApp: { en: 'In the inbox', zh: '站内通知' },
  groupBuyId: { en: 'Group buy', zh: '拼团' },
  targetBuyers: { en: 'Target', zh: '目标人数' },
  deadline: { en: 'Deadline', zh: '截止时间' },
  tiers: { en: 'Group tiers', zh: '拼团档位' },
  maxDurationHours: { en: 'Longest group buy', zh: '最长拼团时间' },
  minBuyers: { en: 'Buyers', zh: '人数' },
  discountBps: { en: 'Discount', zh: '折扣' },
};

/** The field a path names: its last name (`input.items[2].name` → `name`, `items.0` → `items`). */
export function fieldOf(path: string): string {
  const names = path.split(/[.[\]]/).filter((part) => part && !/^\d+$/.test(part));
  return names.at(-1) ?? path;
}

/** A rule as a sentence of its own: first letter up, a full stop at the end. */
export function sentence(rule: string): string {
  const text = rule.charAt(0).toUpperCase() + rule.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * "Display name must not be empty." for field `displayName` and rule "must not be empty". A field
 * without a label (a client's own variable name) is named as sent: "The field kind must …".
 */
export function fieldMessage(path: string, rule: string): string {
  if (!path) return sentence(rule);
  const label = FIELD_LABELS[fieldOf(path)];
  return sentence(`${label ? label.en : `The field ${path}`} ${rule}`);
}
