import avatarStyles from './avatar.module.css';

/** The first letters of the first and last of a name's words, such as "AO"; "?" for none. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((w) => [...w][0]?.toUpperCase() ?? '').join('') || '?';
}

/**
 * A person's initials in a circle, beside their name (hidden from screen readers, which
 * read the name). `md` heads a profile, `sm` sits in a list.
 */
export function Avatar({
  name,
  size = 'md',
  as: Tag = 'span',
}: {
  name: string;
  size?: 'sm' | 'md';
  as?: 'span' | 'div';
}) {
  return (
    <Tag
      className={size === 'sm' ? `${avatarStyles.avatar} ${avatarStyles.avatarSm}` : avatarStyles.avatar}
      aria-hidden="true"
    >
      {initials(name)}
    </Tag>
  );
}
