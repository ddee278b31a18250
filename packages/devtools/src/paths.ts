import path from 'node:path';

/** packages/devtools/{src,dist} → repo root */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const schemasDir = path.join(repoRoot, 'schemas');
export const eventsDir = path.join(schemasDir, 'events');
export const servicesDir = path.join(repoRoot, 'services');
export const docsDir = path.join(repoRoot, 'docs');
