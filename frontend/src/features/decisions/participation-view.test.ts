import { describe, expect, it } from 'vitest';
import { participationSentence } from './participation-view';

describe('participationSentence', () => {
  it('says participation as it stands, and as it stood at closing', () => {
    expect(participationSentence({ taken: 3, needed: 3, eligible: 5 }, true)).toBe(
      '3 of 5 members have taken part; 3 needed.',
    );
    expect(participationSentence({ taken: 1, needed: 2, eligible: 1 }, true)).toBe(
      '1 of 1 member has taken part; 2 needed.',
    );
    expect(participationSentence({ taken: 1, needed: 3, eligible: 5 }, false)).toBe(
      '1 of 5 members took part; 3 were needed.',
    );
  });
});
