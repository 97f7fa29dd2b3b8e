// Helpers every vendor format's reader shares: loose JSON access, name matching, health order, summaries.
import { truncate } from '../../text';
import type { ComponentStatus, Health, ProviderStatus, UnknownReason } from '../types';

/** Longest summary kept: the popup has one line for it. */
const SUMMARY_LIMIT = 160;

export function unknown(reason: UnknownReason, summary: string): ProviderStatus {
  return { health: 'unknown', reason, summary };
}

export function wrongShape(format: string, detail?: string): ProviderStatus {
  const more = detail ? ` (${detail})` : '';
  return unknown('wrong-shape', `The status page no longer answers in the ${format} format${more}.`);
}


/** A vendor's words for each health it reports. */
export type HealthWords = Readonly<Record<Exclude<Health, 'unknown'>, readonly string[]>>;

/** The health a vendor's word stands for; a word it has not been seen to use reads as 'unknown'. */
export function healthIn(vocabulary: HealthWords, word: string): Health {
  const known = (['operational', 'degraded', 'down'] as const).find((health) => vocabulary[health].includes(word));
  return known ?? 'unknown';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function namedStatuses(value: unknown): { name: string; status: string }[] {
  return Array.isArray(value) ? value.flatMap(readNamedStatus) : [];
}

export function readNamedStatus(value: unknown): { name: string; status: string }[] {
  if (!isRecord(value)) return [];
  const name = text(value.name);
  const status = text(value.status);
  return name && status ? [{ name, status }] : [];
}

export function allAs(names: readonly string[], health: Health): ComponentStatus[] {
  return names.map((name) => ({ name, health }));
}

const normalizeName = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

export function matchByName<T extends { name: string }>(parts: readonly T[], names: readonly string[]): T[] {
  return parts.filter((part) => names.some((name) => sameName(part.name, name)));
}

/** "degraded_performance" → "degraded performance". */
export function words(status: string): string {
  return status.replace(/_/g, ' ').toLowerCase();
}

export function joinSummary(title: string | undefined, detail: string): string {
  return title ? `${title} (${detail})` : detail;
}

export function clip(summary: string): string {
  return truncate(summary.replace(/\s+/g, ' ').trim(), SUMMARY_LIMIT);
}
