/** The data-quality register: the findings of the five source documents, checked once when the module loads. */
import { unwrap } from '@pass-graph/platform';
import { buildRegister, type DataQualityFindingDoc } from '../data-quality';
import { SEED_000_FINDINGS } from './seed-000';
import { SEED_001_FINDINGS } from './seed-001';
import { SEED_002_FINDINGS } from './seed-002';
import { SEED_003_FINDINGS } from './seed-003';
import { SEED_004_FINDINGS } from './seed-004';

export const DATA_QUALITY_REGISTER: readonly DataQualityFindingDoc[] = unwrap(
  buildRegister([...SEED_000_FINDINGS, ...SEED_001_FINDINGS, ...SEED_002_FINDINGS, ...SEED_003_FINDINGS, ...SEED_004_FINDINGS]),
);
