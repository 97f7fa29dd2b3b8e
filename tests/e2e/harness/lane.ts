import { inject } from 'vitest';
import type { Lane } from '../global-setup';

/** This worker's stand-in and proxy: vitest numbers its workers from 1 (VITEST_POOL_ID). */
export function lane(): Lane {
  const { lanes } = inject('e2e');
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  return lanes[(worker - 1) % lanes.length]!;
}
