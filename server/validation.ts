// Input validation with zod, turned into the API's typed error: the first problem becomes one
// BAD_USER_INPUT with the offending field named and a sentence a person understands.
import { z } from 'zod';
import { badInput } from './errors';

export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  throw badInput(field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}

// Not text at all, or text that lies about itself: a lone UTF-16 surrogate cannot be stored (it
// would come back as U+FFFD), and the bidi embedding, override and isolate controls make a name
// or a review display differently from what it says ("Trojan Source" spoofing). Ordinary
// right-to-left writing needs none of them; marks such as U+200F and joiners such as U+200D
// (emoji sequences) stay allowed.
const LONE_SURROGATE = /\p{Cs}/u;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Trimmed text with bounds, no control characters (they break displays and logs). */
export const text = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
        .max(max, `must be at most ${max} characters`)
        .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'must not contain control characters')
        .refine((s) => !LONE_SURROGATE.test(s), 'is not valid Unicode text (it has a lone surrogate)')
        .refine((s) => !BIDI_CONTROLS.test(s), 'must not contain bidirectional override or isolate characters'),
    );

export const id = z.string().min(1, 'must not be empty').max(64, 'is not a valid id').regex(/^[A-Za-z0-9_-]+$/, 'is not a valid id');

export const positiveInt = (max: number) =>
  z.number().int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);
