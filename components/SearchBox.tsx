import { useEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';

/** The prompts' search box; it can take the focus, so typing searches at once. */
export function SearchBox({ value, onSearch, autoFocus }: { readonly value: string; readonly onSearch: (search: string) => void; readonly autoFocus?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  return (
    <input
      ref={input}
      type="search"
      class="search"
      placeholder={t('searchPlaceholder')}
      aria-label={t('searchPlaceholder')}
      value={value}
      onInput={(event) => onSearch(event.currentTarget.value)}
    />
  );
}
