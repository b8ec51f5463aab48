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
  if (skills.length > maxSkills) return `List at most ${maxSkills} skills.`;
  const long = skills.find((s) => s.length > maxSkillLength);
  if (long) return `“${long.slice(0, 20)}…” is too long; keep each skill to ${maxSkillLength} characters.`;
  return undefined;
}
