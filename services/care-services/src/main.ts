import { runSubgraph } from '@pass-graph/platform';
import { careServices } from './service';

runSubgraph(careServices);
