import { t } from '../lib/i18n';

/**
 * How to pin Detour in Chrome, drawn for Detour (not Chrome's artwork): the toolbar with the
 * extensions button (a puzzle piece), its menu open on Detour's row with the pin circled, and
 * Detour's button pinned beside the address bar, showing `!` as it does on a failure.
 */
export function PinPicture() {
  const extensions = t('pinPictureExtensions');
  return (
    <svg class="pin-picture" viewBox="0 0 520 230" role="img" aria-label={t('pinPictureLabel')} xmlns="http://www.w3.org/2000/svg">
      {/* The window's toolbar: back and reload, the address bar, Detour's button, the puzzle piece. */}
      <rect x="1" y="1" width="518" height="228" rx="12" class="pp-window" />
      <rect x="1" y="1" width="518" height="52" rx="12" class="pp-toolbar" />
      <path d="M22 27h14M22 27l6-6M22 27l6 6" class="pp-stroke" />
      <path d="M62 21a8 8 0 1 0 3 6" class="pp-stroke" />
      <rect x="84" y="13" width="300" height="28" rx="14" class="pp-address" />
      <g transform="translate(400 13)">
        <image href="/icon/48.png" width="28" height="28" />
        <rect x="16" y="-4" width="16" height="14" rx="4" class="pp-badge" />
        <text x="24" y="7" class="pp-badge-text">!</text>
      </g>
      <g transform="translate(448 14)" class="pp-puzzle-button">
        <rect x="-6" y="-2" width="36" height="30" rx="8" class="pp-focus" />
        <path d="M4 8h5a3 3 0 1 1 6 0h5v5a3 3 0 1 1 0 6v5H4v-5a3 3 0 1 0 0-6z" class="pp-puzzle" />
      </g>
      {/* The extensions menu, open. */}
      <g transform="translate(250 62)">
        <rect width="250" height="150" rx="10" class="pp-menu" />
        <text x="16" y="28" class="pp-menu-title">{extensions}</text>
        <rect x="8" y="44" width="234" height="40" rx="8" class="pp-row" />
        <image href="/icon/48.png" x="18" y="52" width="24" height="24" />
        <text x="52" y="69" class="pp-row-text">Detour</text>
        <circle cx="214" cy="64" r="15" class="pp-ring" />
        {/* A push pin: its head, the collar, and the point. */}
        <g transform="translate(214 64) rotate(40)" class="pp-pin">
          <path d="M-3.5 -8h7l-1 6h-5z" />
          <path d="M-6 -2h12" />
          <path d="M0 -2v9" />
        </g>
        <rect x="18" y="100" width="24" height="24" rx="6" class="pp-other" />
        <rect x="52" y="106" width="110" height="12" rx="6" class="pp-other" />
      </g>
      {/* The steps' numbers beside what they point at: 1 the puzzle piece, 2 the pin. */}
      <g class="pp-steps">
        <circle cx="500" cy="14" r="11" class="pp-step" />
        <text x="500" y="19" class="pp-step-text">1</text>
        <circle cx="494" cy="104" r="11" class="pp-step" />
        <text x="494" y="109" class="pp-step-text">2</text>
      </g>
    </svg>
  );
}
