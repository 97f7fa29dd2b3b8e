import { t, type MessageKey } from '../../lib/i18n';

/** The policy's sections: a heading and what it says (the same words as the README's). */
const SECTIONS: readonly (readonly [MessageKey, readonly MessageKey[]])[] = [
  ['privacyKeepsHeading', ['privacyKeeps', 'privacySettings']],
  ['privacyLeavesHeading', ['privacyLeaves']],
  ['privacyReadsHeading', ['privacyReads']],
  ['privacyControlHeading', ['privacyControl']],
];

/** Detour's privacy policy, in the person's language, inside the extension. */
export function App() {
  return (
    <main class="page privacy">
      <header class="bar">
        <img src="/icon/48.png" width="32" height="32" alt="" />
        <h1>{t('privacyTitle')}</h1>
      </header>
      <p class="lead">{t('privacySummary')}</p>
      {SECTIONS.map(([heading, paragraphs]) => (
        <section aria-label={t(heading)}>
          <h2>{t(heading)}</h2>
          {paragraphs.map((key) => (
            <p>{t(key)}</p>
          ))}
        </section>
      ))}
      <p class="hint">{t('privacyChanges')}</p>
    </main>
  );
}
