import strengthStyles from './strength.module.css';

/** How strongly a value is held (1–5) as five dots, the first `strength` filled; an image for the eye only. */
export function StrengthDots({ strength }: { strength: number }) {
  return (
    <span className={strengthStyles.strengthDots} aria-hidden="true">
      {[1, 2, 3, 4, 5].map((n) => (
        <span
          key={n}
          className={
            n <= strength ? `${strengthStyles.strengthDot} ${strengthStyles.strengthDotOn}` : strengthStyles.strengthDot
          }
        />
      ))}
    </span>
  );
}
