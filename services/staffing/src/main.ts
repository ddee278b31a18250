import { runSubgraph } from '@pass-graph/platform';
import { staffing } from './service';

runSubgraph(staffing);
