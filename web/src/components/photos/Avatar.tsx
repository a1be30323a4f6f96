// A member's face: their avatar photo in a circle, or their initials on a colour when they have
// none, at a fixed size so rows never jump. Decorative next to the name it accompanies (alt="").
import { graphql, getFragmentData, type FragmentType } from '../../gql';

export const AvatarFragment = graphql(`
  fragment Avatar_member on Member {
    handle
    displayName
    avatar {
      id
      url
      srcset
    }
  }
`);

const COLOURS = ['#0b6e4f', '#1a56db', '#6a3fb5', '#b3261e', '#8a5a00', '#2a6f97', '#7a3e65'];

export function initials(name: string): string {
  const words = name.trim().split(/[\s_]+/).filter(Boolean);
  const letters = words.length > 1 ? words[0]![0]! + words[1]![0]! : [...(words[0] ?? '?')].slice(0, 2).join('');
  return letters.toUpperCase();
}

export function Avatar(props: { member: FragmentType<typeof AvatarFragment>; size: number; alt?: string; priority?: boolean }) {
  const member = getFragmentData(AvatarFragment, props.member);
  const style = { width: props.size, height: props.size };
  if (member.avatar) {
    return (
      <img
        className="avatar"
        src={member.avatar.url}
        srcSet={member.avatar.srcset}
        sizes={`${props.size}px`}
        width={props.size}
        height={props.size}
        style={style}
        alt={props.alt ?? ''}
        loading={props.priority ? 'eager' : 'lazy'}
        decoding="async"
      />
    );
  }
  let hash = 0;
  for (const c of member.handle) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return (
    <span className="avatar avatar-initials" style={{ ...style, background: COLOURS[hash % COLOURS.length], fontSize: props.size * 0.4 }} aria-hidden={props.alt ? undefined : true} role={props.alt ? 'img' : undefined} aria-label={props.alt}>
      {initials(member.displayName || member.handle)}
    </span>
  );
}
