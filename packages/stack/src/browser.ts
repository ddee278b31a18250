/**
 * Debian's Chromium for the IDE test (tests/ide.test.ts). A fresh machine of this kind has none until the project
 * installs it (test tools' own browser downloads are refused here), so `pass-stack test` installs the Debian
 * package once when it is missing and apt-get can run (root). Elsewhere it says what to install; the test then fails
 * with the same words rather than being skipped.
 */
import fs from 'node:fs';
import { run } from './proc';

export const CHROMIUM = '/usr/bin/chromium';

type Say = (line: string) => void;

export async function ensureChromium(say: Say): Promise<void> {
  if (fs.existsSync(CHROMIUM)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !fs.existsSync('/usr/bin/apt-get')) {
    say(`${CHROMIUM} is missing and apt-get cannot run here: install Debian's chromium for tests/ide.test.ts`);
    return;
  }
  const t0 = Date.now();
  say('installing Debian chromium (once, for tests/ide.test.ts)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-q'], { env, quiet: true });
  await run('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium'], { env, quiet: true });
  say(`chromium installed in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}
