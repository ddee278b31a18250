import { byIdLoader } from '@pass-graph/platform';
import type { Models } from './models';

export const createLoaders = (models: Models) => () => ({
  facility: byIdLoader(models.Facility),
});
export type Loaders = ReturnType<ReturnType<typeof createLoaders>>;
