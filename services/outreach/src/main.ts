import { runSubgraph } from '@pass-graph/platform';
import { outreach } from './service';

runSubgraph(outreach);
