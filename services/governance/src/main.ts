import { runSubgraph } from '@pass-graph/platform';
import { governance } from './service';

runSubgraph(governance);
