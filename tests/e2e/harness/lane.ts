import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Lane } from '../global-setup';

let claimed: Lane | undefined;

/** Whether another process that wrote a claim is still running (a worker may run several files). */
function isHeldElsewhere(path: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path, 'utf8'));
  } catch {
    // Moved away meanwhile by a process taking it over: busy, for now.
    return true;
  }
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Writes this process's claim to `path`, if no file is there. */
function create(path: string): boolean {
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes over the claim at `path`, left by this process before (a file it ran earlier) or by one
 * that ended without letting go (killed). Two workers starting at once may both find it left:
 * removing it and writing another would let both hold the lane. A file can be moved away by one
 * process only, so the one that moves it takes over; one that moved a claim the other had just
 * made puts it back.
 */
function takeOver(path: string): boolean {
  const moved = `${path}.${process.pid}`;
  try {
    renameSync(path, moved);
  } catch {
    return false;
  }
  const live = isHeldElsewhere(moved);
  if (live) {
    try {
      linkSync(moved, path);
    } catch {
      // Another claim is there already.
    }
  }
  rmSync(moved, { force: true });
  return !live && create(path);
}

/** One free lane, claimed for this process: a file only this process could create, gone when it exits. */
function claim(): Lane | undefined {
  const { lanes, laneDir } = inject('e2e');
  for (const [index, lane] of lanes.entries()) {
    const path = join(laneDir, `lane-${index}`);
    if (!create(path) && (isHeldElsewhere(path) || !takeOver(path))) continue;
    process.on('exit', () => rmSync(path, { force: true }));
    return lane;
  }
  return undefined;
}

/**
 * This test file's stand-in and proxy. Each file runs in a worker process of its own, two at a
 * time, and takes a lane no other running file holds (vitest's worker numbers repeat when the unit
 * tests ran first, so they cannot say). A worker just ending may hold one a moment longer.
 */
export function lane(): Lane {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; !claimed && waited < 60_000; waited += 100) {
    claimed = claim();
    if (!claimed) Atomics.wait(pause, 0, 0, 100);
  }
  if (!claimed) throw new Error('No free stand-in lane in a minute: are more test files running at once than there are lanes?');
  return claimed;
}
