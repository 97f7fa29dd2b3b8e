import { t } from '../lib/i18n';
import { siteName } from '../lib/sites';
import type { SiteId } from '../lib/sites/types';
import { gridKeys } from '../lib/ui/arrow-keys';
import { moveItem } from '../lib/ui/reorder';

export interface AlternativesPickerProps {
  /** Every chatbot, in the person's order. */
  readonly order: readonly SiteId[];
  /** The ones they said they are signed in to. */
  readonly chosen: ReadonlySet<SiteId>;
  readonly onChange: (order: SiteId[], chosen: ReadonlySet<SiteId>) => void;
}

/** The chosen ones first, each group in the order it had: what "I am signed in there" means for ranking. */
export function chosenFirst(order: readonly SiteId[], chosen: ReadonlySet<SiteId>): SiteId[] {
  return [...order.filter((id) => chosen.has(id)), ...order.filter((id) => !chosen.has(id))];
}

/**
 * "Where are you signed in?": a box per chatbot, and arrows to order them. Ticked ones come
 * first, so Detour offers a chatbot that will answer before one that asks the person to sign in.
 */
export function AlternativesPicker({ order, chosen, onChange }: AlternativesPickerProps) {
  return (
    <ol class="picker" onKeyDown={(event) => gridKeys(event, 'li', 'input, button')}>
      {order.map((id, index) => (
        <li data-site={id} data-chosen={chosen.has(id) ? 'true' : undefined}>
          <label class="check">
            <input
              type="checkbox"
              checked={chosen.has(id)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.currentTarget.checked) next.add(id);
                else next.delete(id);
                onChange(chosenFirst(order, next), next);
              }}
            />
            {t('signedInTo', siteName(id))}
          </label>
          <button type="button" aria-label={t('moveUp', siteName(id))} disabled={index === 0} onClick={() => onChange(chosenFirst(moveItem(order, index, -1), chosen), chosen)}>
            ↑
          </button>
          <button
            type="button"
            aria-label={t('moveDown', siteName(id))}
            disabled={index === order.length - 1}
            onClick={() => onChange(chosenFirst(moveItem(order, index, 1), chosen), chosen)}
          >
            ↓
          </button>
        </li>
      ))}
    </ol>
  );
}
