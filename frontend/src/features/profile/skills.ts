import { i18n } from '../../lib/i18n';

export const maxSkills = 30;
export const maxSkillLength = 40;

/** Turns "design, , Facilitation,design" into ["design", "Facilitation"]: trimmed, no blanks, no repeats. */
export function parseSkills(text: string): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const raw of text.split(',')) {
    const s = raw.trim().replace(/\s+/g, ' ');
    const key = s.toLowerCase();
    if (s && !seen.has(key)) {
      seen.add(key);
      skills.push(s);
    }
  }
  return skills;
}

export function checkSkills(skills: string[]): string | undefined {
  if (skills.length > maxSkills) return i18n.t('profile:skills.tooMany', { max: maxSkills });
  const long = skills.find((s) => s.length > maxSkillLength);
  if (long) return i18n.t('profile:skills.tooLong', { skill: long.slice(0, 20), max: maxSkillLength });
  return undefined;
}
