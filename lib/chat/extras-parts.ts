import { deliver } from '../deliver/deliver';
import * as wording from '../notice/wording';
import { PageNotice } from '../notice/notice';
import { rankAlternatives } from '../providers/rank';
import { copyToClipboard } from '../ui/clipboard';
import type { ChatExtras } from './extras';

/** What the extras' script holds (entrypoints/chat-extras.ts); the chat page's tests provide it directly. */
export const CHAT_EXTRAS: ChatExtras = { PageNotice, wording, deliver, copyToClipboard, rankAlternatives };
