import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** Git-ignored: downloaded jars, the FerretDB binary, data, logs, pid files. */
export const infraDir = path.join(repoRoot, '.infra');
export const logDir = path.join(infraDir, 'logs');
export const runDir = path.join(infraDir, 'run');
