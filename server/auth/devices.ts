// A session's device in plain words ("Chrome 131 · Windows 10", "Safari · iOS 17.5 · mobile"),
// read from the User-Agent the session was opened with by bowser, a maintained parser, rather
// than by hand-written patterns that age with every browser release. Browser and system names
// are proper names, the same in every language; an empty answer means the agent said nothing
// we recognise, and the web app shows "unknown device" in the reader's language.
import Bowser from 'bowser';

export function describeDevice(userAgent: string): string {
  if (!userAgent.trim()) return '';
  const parsed = Bowser.parse(userAgent);
  const major = parsed.browser.version?.split('.')[0];
  const browser = parsed.browser.name ? [parsed.browser.name, major].filter(Boolean).join(' ') : '';
  const system = parsed.os.name ? [parsed.os.name, parsed.os.versionName ?? parsed.os.version].filter(Boolean).join(' ') : '';
  // A desktop is what people assume; only phones and tablets are worth saying.
  const kind = parsed.platform.type === 'mobile' || parsed.platform.type === 'tablet' ? parsed.platform.type : '';
  const parts = [browser, system, kind].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : userAgent.slice(0, 60);
}
