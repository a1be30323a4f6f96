// Input validation with zod, turned into the API's typed error: the first problem becomes one
// BAD_USER_INPUT whose sentence names the field as people call it ("Display name must not be
// empty.", server/field-labels.ts), with the API's name of the field in extensions.field.
import { z } from 'zod';
import { badInput } from './errors';
import { fieldMessage } from './field-labels';

export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  throw badInput(fieldMessage(field, issue.message), field || undefined);
}

// Not text at all, or text that lies about itself: a lone UTF-16 surrogate cannot be stored (it
// would come back as U+FFFD), and the bidi embedding, override and isolate controls make a name
// or a review display differently from what it says ("Trojan Source" spoofing). Ordinary
// right-to-left writing needs none of them; marks such as U+200F and joiners such as U+200D
// (emoji sequences) stay allowed.
const LONE_SURROGATE = /\p{Cs}/u;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

// C0 controls except tab and line ends (a bio has lines), DEL, and the C1 controls U+0080–U+009F
// (invisible, and some terminals and log viewers act on them).
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

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
        .refine((s) => !CONTROLS.test(s), 'must not contain control characters')
        .refine((s) => !LONE_SURROGATE.test(s), 'is not valid Unicode text (it has a lone surrogate)')
        .refine((s) => !BIDI_CONTROLS.test(s), 'must not contain bidirectional override or isolate characters'),
    );

export const id = z.string().min(1, 'must not be empty').max(64, 'is not a valid id').regex(/^[A-Za-z0-9_-]+$/, 'is not a valid id');

export const positiveInt = (max: number) =>
  z.number().int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

// A name is what people recognise a member by, so it must show what it holds. Unicode's
// default-ignorable code points render as nothing: zero-width spaces, word joiners, soft hyphens,
// the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) that make a "blank" name, invisible
// operators. They are refused, except the ones real names and emoji need: the zero-width
// joiner and non-joiner (emoji sequences, Indic and Persian writing), variation selectors
// (❤️) and tag characters (subdivision flags). Those two joiners are refused where they join
// nothing visible: at an end, doubled, or beside ASCII, where no script needs them and they
// only make "alice" and "al\u200Dice" two names that look the same. Also refused: line breaks
// and tabs (a name is one line), and blanks that are not spaces (U+2800 Braille blank).
const INVISIBLE = /(?![\u200C\u200D\uFE00-\uFE0F\u{E0020}-\u{E007F}])\p{Default_Ignorable_Code_Point}|\u2800/u;
const STRAY_JOINER = /^[\u200C\u200D]|[\u200C\u200D]$|[\u200C\u200D]{2}|[\u0000-\u007F][\u200C\u200D]|[\u200C\u200D][\u0000-\u007F]/;
const LINE_BREAKS = /[\t\n\r\u2028\u2029\u0085]/;

/** A display name: text() plus nothing invisible and nothing that breaks the line. */
export const displayName = (min: number, max: number) =>
  text(min, max)
    .refine((s) => !INVISIBLE.test(s) && !STRAY_JOINER.test(s), 'must not contain invisible characters such as zero-width spaces or fillers')
    .refine((s) => !LINE_BREAKS.test(s), 'must be one line (no tabs or line breaks)');
