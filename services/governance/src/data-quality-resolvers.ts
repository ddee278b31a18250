/** Resolvers of the data-quality register (read-only, served from the fixtures in `src/data-quality/`). */
import { checkId, checkText, unwrap, type PageArgs } from '@pass-graph/platform';
import {
  checkFilter,
  difference,
  disagrees,
  matches,
  pageOfFindings,
  SOURCE_DOCUMENTS,
  type DataQualityFindingDoc,
  type DataQualityStatus,
} from './data-quality';
import { DATA_QUALITY_REGISTER } from './data-quality/register';

export interface DataQualityFindingsArgs extends PageArgs {
  document?: string | null;
  status?: DataQualityStatus | null;
  service?: string | null;
}

const byId = new Map(DATA_QUALITY_REGISTER.map((f) => [f._id, f]));

export function dataQualityResolvers() {
  return {
    Query: {
      dataQualityFinding: (_: unknown, args: { id: string }) => byId.get(unwrap(checkId(args.id))) ?? null,
      dataQualityFindings: (_: unknown, args: DataQualityFindingsArgs) => {
        const filter = unwrap(
          checkFilter({
            document: args.document,
            status: args.status,
            service: args.service == null ? null : unwrap(checkText(args.service, 'service', 30)),
          }),
        );
        return pageOfFindings(
          DATA_QUALITY_REGISTER.filter((f) => matches(f, filter)),
          args,
        );
      },
    },
    DataQualityFinding: {
      __resolveReference: (ref: { id: string }) => byId.get(ref.id) ?? null,
      id: (f: DataQualityFindingDoc) => f._id,
      document: (f: DataQualityFindingDoc) => ({ id: f.document, ...SOURCE_DOCUMENTS[f.document] }),
      printedValue: (f: DataQualityFindingDoc) => f.printedValue ?? null,
      computedValue: (f: DataQualityFindingDoc) => f.computedValue ?? null,
      difference: (f: DataQualityFindingDoc) => difference(f),
      disagrees: (f: DataQualityFindingDoc) => disagrees(f),
      correction: (f: DataQualityFindingDoc) => f.correction ?? null,
    },
  };
}
