import { describe, expect, it } from 'vitest';
import { detectFailure } from '../../lib/detect/failure';
import { composerElement } from '../../lib/page/composer';
import { lastMatch } from '../../lib/page/dom';
import { SITES } from '../../lib/sites';
import { fixtureNames, loadFixture } from '../fixtures';

/**
 * Failure notices as the UI libraries chat apps are built on render them, dropped into each
 * site's healthy page: a redesign that swaps its toast library keeps being read. Markup after
 * each library's documentation and source (names and structure, not their code).
 */
const NOTICES: Record<string, string> = {
  // sonner (emilkowalski/sonner): a section[aria-live] > ol[data-sonner-toaster] > li[data-sonner-toast]
  sonner: '<section aria-label="Notifications alt+T" tabindex="-1" aria-live="polite" aria-relevant="additions text" aria-atomic="false"><ol dir="ltr" tabindex="-1" data-sonner-toaster="true" data-y-position="bottom" data-x-position="right"><li tabindex="0" data-sonner-toast="" data-type="error" data-visible="true" data-front="true" data-index="0"><div data-icon=""><svg width="20" height="20"><path d="M10 0"></path></svg></div><div data-content=""><div data-title="">Something went wrong</div><div data-description="">Please try again later.</div></div></li></ol></section>',
  // Radix UI Toast: region > ol viewport > li[role=status]
  'radix toast': '<div role="region" aria-label="Notifications (F8)" tabindex="-1"><ol tabindex="-1" class="ToastViewport"><li role="status" aria-live="off" aria-atomic="true" tabindex="0" data-state="open" data-swipe-direction="right"><div class="ToastTitle">Network error</div><div class="ToastDescription">Check your connection and try again.</div><button type="button">Retry</button></li></ol></div>',
  // react-hot-toast: a fixed container, the message in div[role=status][aria-live=polite]
  'react-hot-toast': '<div style="position: fixed; z-index: 9999; inset: 16px; pointer-events: none;"><div style="left: 0px; right: 0px; display: flex; position: absolute;"><div class="go2072408551"><div class="go685806154"><div class="go1858758034"></div></div><div role="status" aria-live="polite" class="go3958317564">Too many requests. Please slow down.</div></div></div></div>',
  // MUI Snackbar holding an Alert: role=presentation > Paper[role=alert]
  'mui alert': '<div class="MuiSnackbar-root MuiSnackbar-anchorOriginBottomLeft" role="presentation"><div class="MuiPaper-root MuiAlert-root MuiAlert-filledError" role="alert"><div class="MuiAlert-icon"><svg><path d="M11 15h2"></path></svg></div><div class="MuiAlert-message">An error occurred. Please try again.</div></div></div>',
  // Chakra UI toast: ul#chakra-toast-manager > li > div[role=status].chakra-alert
  'chakra toast': '<ul id="chakra-toast-manager-bottom" role="region" aria-live="polite"><li><div class="chakra-toast__inner"><div role="status" aria-atomic="true" class="chakra-alert" data-status="error"><div class="chakra-alert__title">Service unavailable</div><div class="chakra-alert__desc">We are working on it.</div></div></div></li></ul>',
  // Ant Design message (v4): no role at all, at the end of <body>
  'ant design message': '<div class="ant-message"><div><div class="ant-message-notice"><div class="ant-message-notice-content"><div class="ant-message-custom-content ant-message-error"><span role="img" aria-label="close-circle" class="anticon anticon-close-circle"><svg><path d="M512 64"></path></svg></span><span>请求失败，请稍后重试</span></div></div></div></div></div>',
  // Element Plus message: div[role=alert].el-message > p.el-message__content
  'element plus message': '<div role="alert" class="el-message el-message--error"><i class="el-icon el-message__icon"><svg><path d="M512 64"></path></svg></i><p class="el-message__content">网络错误，请检查网络连接</p></div>',
  // MDC snackbar (Material 2 web): aside > surface[role=status] > label
  'mdc snackbar': '<aside class="mdc-snackbar mdc-snackbar--open"><div class="mdc-snackbar__surface" role="status" aria-relevant="additions"><div class="mdc-snackbar__label" aria-atomic="false">エラーが発生しました (13)</div></div></aside>',
};

/** Each site's healthy conversation (Perplexity calls it a thread). */
const healthy = (id: string) => loadFixture(id, fixtureNames(id).find((name) => /^healthy-(conversation|thread)/.test(name))!);

describe.each(SITES.map((site) => [site.name, site] as const))('on %s', (_, site) => {
  it.each(Object.entries(NOTICES))('reads a %s notice', (_library, notice) => {
    const doc = healthy(site.id);
    doc.body.insertAdjacentHTML('beforeend', notice);
    expect(detectFailure(doc, site)).toBeDefined();
  });

  it('stays quiet on the same libraries saying something else', () => {
    const doc = healthy(site.id);
    for (const notice of Object.values(NOTICES)) {
      doc.body.insertAdjacentHTML('beforeend', notice.replace(/>[^<]*(wrong|error|Error|requests|unavailable|请求失败|网络错误|エラー)[^<]*</g, '>Copied to clipboard<'));
    }
    expect(detectFailure(doc, site)).toBeUndefined();
  });
});

/**
 * Error blocks open-source chat UIs draw between the thread and the composer, without a role:
 * mckaywrigley/chatbot-ui's Regenerate ("Sorry, there was an error." over "Regenerate response"),
 * vercel/ai-chatbot's message error state ("bg-destructive/10", a Retry), and the same block
 * with a code, in Japanese and in Chinese.
 */
const BLOCKS: Record<string, string> = {
  'chatbot-ui': '<div class="fixed inset-x-0 bottom-4 mx-auto w-full px-2"><div class="mb-4 text-center text-red-500">Sorry, there was an error.</div><button class="flex h-12 w-full items-center justify-center gap-2"><span>Regenerate response</span></button></div>',
  'ai-chatbot': '<div class="bg-destructive/10 border border-destructive/20 rounded-lg p-3"><div class="text-destructive text-sm mb-2">An error occurred, please try again!</div><button>Retry</button></div>',
  'with a code': '<div class="error-row"><p>Something went wrong (1099)</p></div>',
  japanese: '<div class="err">エラーが発生しました。もう一度お試しください。</div>',
  chinese: '<div class="err">服务器繁忙，请稍后再试。</div>',
};

describe.each(SITES.map((site) => [site.name, site] as const))('error blocks on %s', (_, site) => {
  it.each(Object.entries(BLOCKS))('reads a %s block between the thread and the composer', (_ui, block) => {
    const doc = healthy(site.id);
    const composer = composerElement(doc, site)!;
    (composer.closest('form, fieldset') ?? composer).insertAdjacentHTML('beforebegin', block);
    expect(detectFailure(doc, site)).toBeDefined();
  });

  it.each(Object.entries(BLOCKS))('stays quiet on a %s block a newer answer follows', (_ui, block) => {
    const doc = healthy(site.id);
    lastMatch(doc, site.selectors.turn)!.insertAdjacentHTML('beforebegin', block);
    expect(detectFailure(doc, site)).toBeUndefined();
  });
});
