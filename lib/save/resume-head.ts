/**
 * How much of its composer's text a new copy of the content script sends to find the prompt an
 * earlier copy was writing (see tab-drafts.ts). Apart from tab-drafts.ts, which stores, so that the
 * content script carries no storage code.
 */
export const RESUME_HEAD_CHARS = 32;
