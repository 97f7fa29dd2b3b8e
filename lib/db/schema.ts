import Dexie, { type EntityTable } from 'dexie';
import type { Turn } from '../page/conversation';
import type { FailureKind, FailurePlace, StallReason } from '../model';
import type { SiteId } from '../sites/types';

/**
 * Detour's database, in the extension's own origin, owned by the background. Every schema
 * version stays declared here, oldest first, with its upgrade; tests/db/migrations.test.ts
 * opens an example database of each version (tests/fixtures/db/) and migrates it.
 */

export type PromptStatus = 'draft' | 'sent' | 'answered' | 'failed' | 'stalled';

export interface SeenFailure {
  readonly kind: FailureKind;
  readonly place: FailurePlace;
  readonly text: string;
  readonly at: number;
}

export interface SeenStall {
  readonly reason: StallReason;
  readonly seconds: number;
  readonly at: number;
}

export interface PromptRecord {
  /** Made by the content script when the prompt's first character is typed. */
  readonly id: string;
  readonly site: SiteId;
  readonly text: string;
  /** The page it was written on; after a send, the conversation it went to. */
  readonly url: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly sentAt?: number;
  readonly status: PromptStatus;
  readonly failure?: SeenFailure;
  readonly stall?: SeenStall;
  /** The conversation before this prompt, kept when it failed, to send along as context. */
  readonly context?: readonly Turn[];
  /** When Detour offered to retry this failed prompt because its chatbot recovered (once only). */
  readonly retryOfferedAt?: number;
}

/** A failure Detour saw in one of the person's tabs: its own evidence, beside the status pages. */
export interface Sighting {
  readonly id?: number;
  readonly site: SiteId;
  readonly kind: FailureKind;
  readonly text: string;
  readonly at: number;
}

export const DB_NAME = 'detour';

export type DetourDb = Dexie & {
  prompts: EntityTable<PromptRecord, 'id'>;
  sightings: EntityTable<Sighting, 'id'>;
};

/** Declares every schema version on a Dexie instance. */
export function declareSchema(db: Dexie): void {
  // Version 1: prompts, newest first, by site and by status.
  db.version(1).stores({
    prompts: 'id, updatedAt, [site+updatedAt], status',
  });
  // Version 2: failures seen per site, for "Detour saw 3 failures in the last hour". Nothing to
  // carry over: the table starts empty and prompts are untouched.
  db.version(2).stores({
    sightings: '++id, at, [site+at]',
  });
}

export const CURRENT_VERSION = 2;

export function openDb(name = DB_NAME): DetourDb {
  const db = new Dexie(name) as DetourDb;
  declareSchema(db);
  return db;
}
