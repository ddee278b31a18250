import { runSubgraph } from '@pass-graph/platform';
import { consulting } from './service';

runSubgraph(consulting);
