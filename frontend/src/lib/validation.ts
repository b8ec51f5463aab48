/**
 * Checks done in the browser before a form is sent, with the same limits the server
 * enforces (schema.graphql); the server stays the authority and its messages win.
 * Each check returns a message for the person, or undefined when the value is fine.
 */

const handlePattern = /^[a-z0-9_-]{3,30}$/;

export function checkHandle(handle: string): string | undefined {
  if (handle.trim() === '') return 'Choose a handle.';
  if (!handlePattern.test(handle)) {
    return 'Use 3 to 30 lower-case letters, digits, “-” or “_”, with no spaces.';
  }
  return undefined;
}

export function checkDisplayName(name: string): string | undefined {
  const n = name.trim();
  if (n === '') return 'Enter the name others will see.';
  if (n.length > 80) return 'Keep your name to 80 characters or fewer.';
  return undefined;
}

export function checkEmail(email: string): string | undefined {
  const e = email.trim();
  if (e === '') return 'Enter your email address.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) return 'Enter an email address like name@example.org.';
  return undefined;
}

export const passwordMin = 10;
export const passwordMax = 256;

export function checkNewPassword(password: string): string | undefined {
  if (password === '') return 'Choose a password.';
  if (password.length < passwordMin) return `Use at least ${passwordMin} characters.`;
  if (password.length > passwordMax) return `Use at most ${passwordMax} characters.`;
  return undefined;
}

/** Drops the fields without a message, so an empty object means "all fine". */
export function compact(errors: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).filter((e): e is [string, string] => e[1] !== undefined),
  );
}
