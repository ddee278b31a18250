import { runSubgraph } from '@pass-graph/platform';
import { budgets } from './service';

runSubgraph(budgets);
