// What a group buy's poster and link preview say about it, in the viewer's language: its price
// now, how full it is and until when while it is open; only how it ended once it closed (a
// failed group's preview says nothing of who or how many joined it).
import { formatMoney } from '../../web/src/lib/format';
import type { SharedGroupBuy } from './share-data';
import { fill, wordsFor, type ShareLanguage } from './words';

/** "1 of 2 buyers so far", "Completed at ¥56.05 each" or "Ended without reaching a group price". */
export function groupStanding(group: SharedGroupBuy, language: ShareLanguage): string {
  const words = wordsFor(language).poster;
  switch (group.status) {
    case 'OPEN':
      return fill(words.groupProgress, { counted: group.countedBuyers, target: group.targetBuyers });
    case 'COMPLETED':
      return fill(words.groupCompleted, { price: formatMoney(group.unitPriceMinor, group.currency, language) });
    case 'FAILED':
      return words.groupFailed;
  }
}

/** "Open until Dec 8, 2026, 02:00 PM GMT+8" while open, in the network's time zone (said, since a chat crosses zones); empty once closed. */
export function groupUntil(group: SharedGroupBuy, language: ShareLanguage, timeZone: string): string {
  if (group.status !== 'OPEN') return '';
  return fill(wordsFor(language).poster.groupUntil, { deadline: deadlineText(group.deadline, language, timeZone) });
}

export function deadlineText(iso: string, language: ShareLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
