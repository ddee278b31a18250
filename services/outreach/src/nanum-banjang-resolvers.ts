/** Read-only resolvers of `Query.nanumBanjangProgramme` over the printed deck; grants reference the registered consortia. */
import type { ConsortiumDoc } from './models';
import {
  enterpriseCountFromConsortia,
  programmeGrantTotal,
  viewFeeScheduled,
  viewPhase,
  viewSosColumn,
  type PhaseGrant,
  type PhaseView,
} from './nanum-banjang-programme';
import {
  FEE_SCHEDULED_NOTE,
  NANUM_BANJANG_PROGRAMME,
  PHASES,
  RESEARCH_CONTRACT,
  SOS_ALL_SERVICES_NOTE,
  SOS_COLUMN_TO_NOV,
} from './nanum-banjang-report';

export type NanumBanjangProgrammeDoc = typeof NANUM_BANJANG_PROGRAMME;
export type NanumBanjangPhaseDoc = PhaseView;
export type NanumBanjangGrantDoc = PhaseGrant;

interface ConsortiumLoader {
  load(id: string): Promise<ConsortiumDoc | null | undefined>;
}

export function nanumBanjangResolvers<L extends { consortium: ConsortiumLoader }>() {
  /** The consortia of the grants (by-id loader), so the 선행사업 headline can be checked against their printed member counts. */
  const grantedConsortia = async (p: NanumBanjangPhaseDoc, ctx: { loaders: L }): Promise<ConsortiumDoc[]> => {
    const found = await Promise.all(p.grants.map((g) => ctx.loaders.consortium.load(g.consortiumId)));
    return found.filter((c): c is ConsortiumDoc => c != null);
  };
  return {
    Query: {
      nanumBanjangProgramme: (): NanumBanjangProgrammeDoc => NANUM_BANJANG_PROGRAMME,
    },
    NanumBanjangProgramme: {
      researchContract: () => RESEARCH_CONTRACT,
      phases: (): NanumBanjangPhaseDoc[] => PHASES.map(viewPhase),
      grantTotalKRW: () => programmeGrantTotal(PHASES),
      feeScheduledServices: () => viewFeeScheduled(FEE_SCHEDULED_NOTE),
      sosCentreColumn: () => viewSosColumn(SOS_COLUMN_TO_NOV),
      sosAllServicesReportedCount: () => SOS_ALL_SERVICES_NOTE.reportedTotalCount,
    },
    NanumBanjangPhase: {
      // Only the 선행사업 table prints enterprise counts per organisation (004 L58–62).
      enterprisesFromConsortia: async (p: NanumBanjangPhaseDoc, _: unknown, ctx: { loaders: L }) => {
        if (p.kind !== 'PRELIMINARY') return null;
        const consortia = await grantedConsortia(p, ctx);
        return enterpriseCountFromConsortia(consortia.map((c) => c.reportedMemberCount ?? null)).sum;
      },
      enterprisesDerivable: async (p: NanumBanjangPhaseDoc, _: unknown, ctx: { loaders: L }) => {
        if (p.kind !== 'PRELIMINARY') return false;
        const consortia = await grantedConsortia(p, ctx);
        const counts = enterpriseCountFromConsortia(consortia.map((c) => c.reportedMemberCount ?? null));
        return counts.derivable && consortia.length === p.grants.length && counts.sum === p.reportedEnterprises;
      },
    },
    NanumBanjangGrant: {
      consortium: (g: NanumBanjangGrantDoc, _: unknown, ctx: { loaders: L }) => ctx.loaders.consortium.load(g.consortiumId),
      district: (g: NanumBanjangGrantDoc) => ({ name: g.district }),
    },
  };
}
