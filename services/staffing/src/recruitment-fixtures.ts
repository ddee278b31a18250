/**
 * The Seoul agency's 2019 recruitment rounds (seed 000 L825–891), as of the report (2019.8.19): "’19년 전체 채용인원
 * 총 572명 중 132명(1,2차) 채용완료", 3차 announced in 8월, 4차 to be announced in 11월.
 * - Rounds 1 and 2 print one month each ('19.6, '19.7); their 공고, test and 임용 stages are put in that month
 *   (inferred: the document gives no other dates). 2차 appointments are staggered by centre opening (L221).
 * - 3차: 공고 8월, 서류·필기·면접 10월, 임용 10월~ (L889); 4차: 공고 11월, 서류·필기·면접 12월, 임용 '20.1월~ (L891). The
 *   round list (L831–835) prints 3차 "8월"/"(10월)" and 4차 "10월"/"(12월)" (DQ-000-6).
 * - The rounds add to 571 against the printed 572 (DQ-000-5): kept as the year's reportedTotal.
 */
import { seedCheck, type SeedStep } from '@pass-graph/platform';
import type { RecruitmentStage, SetRecruitmentRoundInput } from './recruitment';

const SET = `mutation Round($input: SetRecruitmentRoundInput!) { setRecruitmentRound(input: $input) { id } }`;
const ADVANCE = `mutation Advance($id: ID!, $stage: RecruitmentStage!, $month: String!) { advanceRecruitmentRound(id: $id, stage: $stage, month: $month) { id stage } }`;
const ROUNDS = `query Rounds($agencyId: ID!, $year: Int!) { recruitmentYear(agencyId: $agencyId, year: $year) { reportedTotal rounds { roundNo headquarters affiliated reportedTotal } } }`;

const base = { agencyId: 'seoul-pass', year: 2019 } as const;

export const SEOUL_2019_ROUNDS: (SetRecruitmentRoundInput & { stages: [RecruitmentStage, string][] })[] = [
  {
    ...base,
    roundNo: 1,
    announcedMonth: '2019-06',
    testMonth: '2019-06',
    appointmentFrom: '2019-06',
    headquarters: 15,
    affiliated: 3,
    reportedTotal: 18,
    reportedYearTotal: 572,
    byPosition: [
      { position: '기획관리실장', count: 1 },
      { position: '4급 팀장', count: 3 },
      { position: '노무사', count: 1 },
      { position: '5급 팀원', count: 5 },
      { position: '6급 팀원', count: 5 },
      { position: '파트장', count: 1 },
      { position: '어린이집 원장', count: 1 },
      { position: '어린이집 교사', count: 1 },
    ],
    stages: [
      ['ANNOUNCED', '2019-06'],
      ['DOCUMENT_SCREENING', '2019-06'],
      ['WRITTEN_TEST', '2019-06'],
      ['INTERVIEW', '2019-06'],
      ['APPOINTED', '2019-06'],
    ],
  },
  {
    ...base,
    roundNo: 2,
    announcedMonth: '2019-07',
    testMonth: '2019-07',
    appointmentFrom: '2019-07',
    headquarters: 1,
    affiliated: 113,
    reportedTotal: 114,
    byPosition: [
      { position: '본부', count: 1 },
      { position: '센터장', count: 1 },
      { position: '파트장', count: 4 },
      { position: '요양(팀장)', count: 2 },
      { position: '요양보호사', count: 49 },
      { position: '요양(치매)', count: 4 },
      { position: '요양(파트타임)', count: 18 },
      { position: '활동지원사', count: 18 },
      { position: '활동(파트타임)', count: 7 },
      { position: '기타직무', count: 10 },
    ],
    stages: [
      ['ANNOUNCED', '2019-07'],
      ['DOCUMENT_SCREENING', '2019-07'],
      ['WRITTEN_TEST', '2019-07'],
      ['INTERVIEW', '2019-07'],
      ['APPOINTED', '2019-07'],
    ],
  },
  {
    ...base,
    roundNo: 3,
    announcedMonth: '2019-08',
    testMonth: '2019-10',
    appointmentFrom: '2019-10',
    headquarters: 5,
    affiliated: 155,
    reportedTotal: 160,
    stages: [['ANNOUNCED', '2019-08']],
  },
  {
    ...base,
    roundNo: 4,
    announcedMonth: '2019-11',
    testMonth: '2019-12',
    appointmentFrom: '2020-01',
    headquarters: 0,
    affiliated: 279,
    reportedTotal: 279,
    stages: [],
  },
];

type RoundRow = {
  roundNo: number;
  headquarters: number;
  affiliated: number;
  reportedTotal: number | null;
  reportedYearTotal: number | null;
};

export function recruitmentSteps(): SeedStep[] {
  const out: SeedStep[] = [];
  for (const { stages, ...round } of SEOUL_2019_ROUNDS) {
    out.push({
      label: `채용 ${round.year} ${round.roundNo}차`,
      query: SET,
      variables: { input: round },
      appliedWhen: seedCheck<{ recruitmentYear: { reportedTotal: number | null; rounds: RoundRow[] } }>(
        ROUNDS,
        { agencyId: round.agencyId, year: round.year },
        (d) =>
          d.recruitmentYear.rounds.some(
            (r) =>
              r.roundNo === round.roundNo &&
              r.headquarters === round.headquarters &&
              r.affiliated === round.affiliated &&
              r.reportedTotal === (round.reportedTotal ?? null),
          ) &&
          (round.reportedYearTotal == null || d.recruitmentYear.reportedTotal === round.reportedYearTotal),
      ),
    });
    // Repeating a stage answers CONFLICT (INVALID_TRANSITION): each applies once.
    for (const [stage, month] of stages)
      out.push({
        label: `채용 ${round.year} ${round.roundNo}차 ${stage}`,
        query: ADVANCE,
        variables: { id: `${round.agencyId}:${round.year}:${round.roundNo}`, stage, month },
      });
  }
  return out;
}
