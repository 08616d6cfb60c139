import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A small filesystem of its own (tmpfs, limited size) that a test can fill to the last byte and
// free again: a full disk under the database without touching the machine's disks. Needs root
// (mount); containers allow it for tmpfs where chattr +i and loop devices are refused.

export type SmallDisk = { dir: string; fill: () => number; free: () => void; unmount: () => void };

export function mountSmallDisk(sizeMb: number): SmallDisk {
  const dir = mkdtempSync(path.join(tmpdir(), 'midad-fault-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0755`, 'tmpfs', dir]);
  const filler = path.join(dir, 'filler');
  return {
    dir,
    /** Writes zeros until the filesystem refuses (ENOSPC); returns the bytes written. */
    fill() {
      const fd = openSync(filler, 'a');
      const chunk = Buffer.alloc(64 * 1024);
      let written = 0;
      try {
        for (;;) written += writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
      // Fill the last partial chunk too.
      for (let size = 32 * 1024; size >= 512; size /= 2) {
        try {
          for (;;) written += writeSync(fd, Buffer.alloc(size));
        } catch {
          // next smaller size
        }
      }
      closeSync(fd);
      return written;
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
