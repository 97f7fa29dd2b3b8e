import { t } from '../lib/i18n';

/**
 * What an import would skip, and why, shown before anything is written: then the person imports
 * the good prompts or nothing. Without `good`, the file is refused and there is nothing to choose.
 */
export function ImportReview(props: {
  readonly problems: readonly string[];
  readonly good?: number;
  readonly skipped?: number;
  readonly busy: boolean;
  readonly onImport: () => void;
  readonly onCancel: () => void;
}) {
  const { problems, good, skipped, busy } = props;
  const choosing = good !== undefined && skipped !== undefined;
  return (
    <section class="import-review" aria-label={t('importProblems')}>
      {choosing && <p>{t('importReviewHeading')}</p>}
      <ul class="problems">
        {problems.map((problem) => (
          <li>{problem}</li>
        ))}
      </ul>
      {choosing && (
        <div class="import-choice">
          <button type="button" data-choice="import" disabled={busy} onClick={props.onImport}>
            {t('importGoodOnes', good, skipped)}
          </button>
          <button type="button" class="quiet" data-choice="cancel" disabled={busy} onClick={props.onCancel}>
            {t('importNothing')}
          </button>
        </div>
      )}
    </section>
  );
}
