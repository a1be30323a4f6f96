// Bad input for account security: password change and reset, sessions. Each case breaks one
// field of an otherwise valid request; every refusal writes nothing.
import { INJECTIONS, NUL, repeat, type ApiCase } from './bad-input-kit';
import { FIELD_LABELS } from '../../server/field-labels';

/** A refusal of `field` reads as a sentence that starts with its label (server/field-labels.ts). */
const about = (field: string, rest = ''): RegExp => new RegExp(`^${FIELD_LABELS[field]!.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${rest}`);

const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
const END = 'mutation ($id: ID!) { endSession(id: $id) }';
const REQUEST = 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }';

const ADD = 'mutation ($input: DeliveryAddressInput!) { addDeliveryAddress(input: $input) { id } }';
const UPDATE = 'mutation ($id: ID!, $input: DeliveryAddressInput!) { updateDeliveryAddress(id: $id, input: $input) { id } }';
const REMOVE = 'mutation ($id: ID!) { removeDeliveryAddress(id: $id) }';
const PLACE = 'mutation ($p: ID!, $a: ID) { placeOrder(productId: $p, quantity: 1, idempotencyKey: "bad-input-address-1", deliveryAddressId: $a) { id } }';
const CN = { recipientName: '王小明', phone: '13800138000', country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', street: '世纪大道 100 号' };
const INTL = { recipientName: 'Ada Lovelace', phone: '+49 30 1234567', country: 'DE', city: 'Berlin', street: 'Unter den Linden 1' };
const address = (name: string, base: Record<string, unknown>, changes: Record<string, unknown>, field?: string): ApiCase => ({
  name: `addDeliveryAddress: ${name}`,
  as: 'member',
  query: ADD,
  variables: { input: { ...base, ...changes } },
  code: 'BAD_USER_INPUT',
  message: field ? about(field) : undefined,
});

const STRONG = 'violet tractor lantern';
const change = (name: string, input: Record<string, unknown>, code: ApiCase['code'] = 'BAD_USER_INPUT', message?: RegExp): ApiCase => ({
  name: `changePassword: ${name}`,
  as: 'member',
  query: CHANGE,
  variables: { input: { currentPassword: 'whatever it is now', newPassword: STRONG, ...input } },
  code,
  message,
});
const reset = (name: string, input: Record<string, unknown>, message?: RegExp): ApiCase => ({
  name: `resetPassword: ${name}`,
  as: 'anonymous',
  query: RESET,
  variables: { input: { token: 'A'.repeat(43), newPassword: STRONG, ...input } },
  code: 'BAD_USER_INPUT',
  message,
});

export const accountCases: ApiCase[] = [
  { name: 'changePassword: anonymous', as: 'anonymous', query: CHANGE, variables: { input: { currentPassword: 'x', newPassword: STRONG } }, code: 'UNAUTHENTICATED' },
  change('input null', { currentPassword: null }),
  change('currentPassword empty', { currentPassword: '' }, 'BAD_USER_INPUT', about('currentPassword', 'must not be empty')),
  change('currentPassword 201 characters', { currentPassword: repeat('p', 201) }),
  change('newPassword 9 characters', { newPassword: 'nine char' }, 'BAD_USER_INPUT', about('newPassword', 'must be at least 10 characters')),
  change('newPassword 201 characters', { newPassword: repeat('p', 201) }),
  change('newPassword a common password', { newPassword: 'password12' }, 'BAD_USER_INPUT', /^Password is one of the most common passwords/),
  change('newPassword ten spaces', { newPassword: '          ' }),
  change('newPassword a number', { newPassword: 1234567890123 }),
  { name: 'endSession: anonymous', as: 'anonymous', query: END, variables: { id: 'abc' }, code: 'UNAUTHENTICATED' },
  { name: 'endSession: id empty', as: 'member', query: END, variables: { id: '' }, code: 'BAD_USER_INPUT' },
  { name: 'endSession: id with a quote', as: 'member', query: END, variables: { id: "x' OR 1=1" }, code: 'BAD_USER_INPUT' },
  { name: 'endSession: id 65 characters', as: 'member', query: END, variables: { id: repeat('a', 65) }, code: 'BAD_USER_INPUT' },
  { name: 'endSession: a session nobody holds', as: 'member', query: END, variables: { id: '00000000-0000-4000-8000-000000000000' }, code: 'NOT_FOUND' },
  { name: 'endSession: id null', as: 'member', query: END, variables: { id: null }, code: 'BAD_USER_INPUT' },
  { name: 'requestPasswordReset: empty', as: 'anonymous', query: REQUEST, variables: { input: { handleOrEmail: '' } }, code: 'BAD_USER_INPUT' },
  { name: 'requestPasswordReset: only spaces', as: 'anonymous', query: REQUEST, variables: { input: { handleOrEmail: '   ' } }, code: 'BAD_USER_INPUT' },
  { name: 'requestPasswordReset: 255 characters', as: 'anonymous', query: REQUEST, variables: { input: { handleOrEmail: repeat('h', 255) } }, code: 'BAD_USER_INPUT' },
  { name: 'requestPasswordReset: input null', as: 'anonymous', query: REQUEST, variables: { input: null }, code: 'BAD_USER_INPUT' },
  { name: 'requestPasswordReset: a list', as: 'anonymous', query: REQUEST, variables: { input: { handleOrEmail: ['a', 'b'] } }, code: 'BAD_USER_INPUT' },
  reset('token empty', { token: '' }, about('token')),
  reset('token too short', { token: 'abc' }, about('token')),
  reset('token with a NUL', { token: `${'A'.repeat(30)}${NUL}` }, about('token')),
  reset('token an injection', { token: INJECTIONS.cypherMatch }, about('token')),
  reset('token well formed but unknown', {}, /^This reset link is not valid any more/),
  reset('newPassword too short', { newPassword: 'short' }, about('newPassword')),
  reset('newPassword 201 characters', { newPassword: repeat('p', 201) }, about('newPassword')),
  { name: 'addDeliveryAddress: anonymous', as: 'anonymous', query: ADD, variables: { input: CN }, code: 'UNAUTHENTICATED' },
  address('CN phone a landline', CN, { phone: '021-12345678' }, 'phone'),
  address('CN phone 12 digits', CN, { phone: '138001380001' }, 'phone'),
  address('CN phone starting with 2', CN, { phone: '23800138000' }, 'phone'),
  address('CN without a province', CN, { region: null }, 'region'),
  address('CN province 31 characters', CN, { region: '省'.repeat(31) }, 'region'),
  address('CN without a district', CN, { district: '  ' }, 'district'),
  address('CN postcode of 5 digits', CN, { postcode: '20012' }, 'postcode'),
  address('CN postcode with letters', CN, { postcode: '2001AB' }, 'postcode'),
  address('country of three letters', INTL, { country: 'DEU' }, 'country'),
  address('country empty', INTL, { country: '' }, 'country'),
  address('country a name', INTL, { country: 'Germany' }, 'country'),
  address('international phone of 5 digits', INTL, { phone: '12345' }, 'phone'),
  address('international phone with letters', INTL, { phone: '+49 CALL NOW' }, 'phone'),
  address('phone 41 characters', INTL, { phone: '1'.repeat(41) }, 'phone'),
  address('international postcode with a symbol', INTL, { postcode: '10117#' }, 'postcode'),
  address('postcode 13 characters', INTL, { postcode: '1234567890123' }, 'postcode'),
  address('recipient empty', INTL, { recipientName: '' }, 'recipientName'),
  address('recipient with a line break', INTL, { recipientName: 'Ada\nLovelace' }, 'recipientName'),
  address('recipient 51 characters', INTL, { recipientName: repeat('r', 51) }, 'recipientName'),
  address('city empty', INTL, { city: '' }, 'city'),
  address('street 201 characters', INTL, { street: repeat('s', 201) }, 'street'),
  address('street with a NUL', INTL, { street: NUL }, 'street'),
  address('region 61 characters', INTL, { region: repeat('r', 61) }, 'region'),
  address('street an injection', INTL, { street: INJECTIONS.cypherDetach, phone: 'x' }, 'phone'),
  { name: 'updateDeliveryAddress: id with a quote', as: 'member', query: UPDATE, variables: { id: "a'b", input: INTL }, code: 'BAD_USER_INPUT' },
  { name: 'updateDeliveryAddress: an address nobody keeps', as: 'member', query: UPDATE, variables: { id: '00000000-0000-4000-8000-000000000000', input: INTL }, code: 'NOT_FOUND' },
  { name: 'updateDeliveryAddress: a bad field', as: 'member', query: UPDATE, variables: { id: '00000000-0000-4000-8000-000000000000', input: { ...INTL, city: '' } }, code: 'BAD_USER_INPUT' },
  { name: 'removeDeliveryAddress: an address nobody keeps', as: 'member', query: REMOVE, variables: { id: '00000000-0000-4000-8000-000000000000' }, code: 'NOT_FOUND' },
  { name: 'removeDeliveryAddress: id empty', as: 'member', query: REMOVE, variables: { id: '' }, code: 'BAD_USER_INPUT' },
  { name: 'placeOrder: deliveryAddressId with a quote', as: 'member', query: PLACE, variables: (w) => ({ p: w.productId, a: "x' OR 1=1" }), code: 'BAD_USER_INPUT', message: about('deliveryAddressId') },
  { name: 'placeOrder: deliveryAddressId not one of mine', as: 'member', query: PLACE, variables: (w) => ({ p: w.productId, a: '00000000-0000-4000-8000-000000000000' }), code: 'BAD_USER_INPUT', message: /^This is not one of your addresses/ },
];
