import fs from 'node:fs';
import path from 'node:path';

/**
 * A path in the steering repository's shared/ folder (the standards, the ESCO release): beside the checkout
 * (/work/main next to /work/shared), found by looking upward, so that a worktree one level deeper
 * (/work/wt/<branch>) finds the same folder instead of a shared/ next to itself that does not exist.
 */
export function sharedPath(...parts: string[]): string {
  let directory = path.resolve(__dirname, '..', '..');
  for (;;) {
    const candidate = path.join(directory, 'shared');
    if (fs.existsSync(path.join(candidate, 'standards'))) return path.join(candidate, ...parts);
    const parent = path.dirname(directory);
    if (parent === directory) return path.resolve(__dirname, '..', '..', '..', 'shared', ...parts);
    directory = parent;
  }
}
