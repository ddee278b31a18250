/**
 * Strategy fixtures for 전라북도사회서비스원 (Jeollabuk-do Public Agency for Social Service), taken from its
 * 2023 revised annual business plan (2023년 연간수정사업계획서, dated 2023. 10.).
 *
 * Sources:
 * - Brief /work/shared/domain/seed-003-jeonbuk-annual-plan.md:
 *   - §1.1 macro structure;
 *   - §1.3 index of the 54 task sections (code, title, owner team, budget);
 *   - §1.3 "How the 50 practice projects map to the task sections";
 *   - §2 vision → management goal → strategic task table and the 2023 성과계약 KPI table.
 * - Raw text /work/shared/seeds/003_daafdbdea9eec6d2.txt ("Lnnn" = line nnn):
 *   - L29–44: 5대 비전 / 5대 경영목표 / 15대 전략과제;
 *   - L46–98: 50개 실천사업, by vision: 8 (L47–54), 8 (L55–62), 11 (L63–73), 4 (L76–79), 19 (L80–98);
 *   - L102–122: 2023년 성과계약 목표;
 *   - L190–208, L1421–1432, L3616–3621: the team task lists;
 *   - the 담당자 header line of each task section, recorded in PlanItemFixture.sourceLine.
 *
 * Conventions:
 * - Ids: visions 'jb-2023-v1'…'v5'; strategic tasks 'jb-2023-t01'…'t15'; practice projects 'jb-2023-pp01'…'pp50'
 *   ('pp' so they are not confused with plan-item codes P1…P17); KPIs 'jb-2023-kpi-<category>-<number>[a|b]',
 *   keeping the source's circled numbering (category 3 has no ②).
 * - `order` is global: visions 1–5; tasks 1–15 in L29–44 order; projects 1–50 in L47–98 order.
 * - PlanItemFixture.sourceLine is the section's 담당자 header line (the brief's "Hdr" column).
 *   The KPI sourceLine is the line of its row in the KPI table.
 * - Budgets are in 천원 (thousand KRW). `budgetThousandKRW` is null exactly when the section says 비예산.
 *   There are 24 such sections: M1–M5, M7–M17, M19, S6, S8, S9, P8, P10, P13 and C3. The brief's §1.3 says
 *   "Twenty"; the raw (소요예산) lines give 24. The other 30 sections total 1,311,565천원, which matches the
 *   brief's total.
 * - Staff names and phone extensions are deliberately left out.
 *
 * Inferences (also marked `// inferred:` where they are used):
 * 1. Project → plan-item mapping (§1.3 "How the 50 practice projects map", which the brief itself says is inferred
 *    by title matching):
 *    - project 17 (전문컨설팅) covers P1, P2 and P3;
 *    - project 19 (역량강화교육) covers P5 and P6;
 *    - C3 (만족도 조사) is in no project.
 *    This gives 8+8+14+4+19 = 53 plan items in projects, plus C3 = 54.
 * 2. Project → strategic-task mapping: the source gives no such mapping, only the vision grouping.
 *    - Vision 5: follows the 경영기획팀 grouping at L190–208.
 *      - 성과지향 전문경영 (M1–M3) → t13;
 *      - 윤리 경영 실현 (M4–M8) and 건전운영 (M15–M19) → t14 (윤리경영 및 건전운영 실현);
 *      - 사회적 가치 창출 (M9–M14) → t15.
 *    - Visions 1–4: by title and content. Each mapping has its own comment below.
 *    - The weakest call is C4 (농촌형 공공돌봄) → t12 (네트워크 형성 및 지역 협력 강화). No vision-4 project
 *      names networking. Without C4, t12 would be empty. The alternative is C4 → t10.
 *    - Project 22 (네트워크 형성 및 지역협력강화, P9) has the same name as t12. The source nevertheless lists it
 *      under vision 3 (L68), so it is mapped to a vision-3 task (t09). This keeps the printed per-vision counts.
 * 3. Team ③'s heading is missing from the text (L2378–3605). Its `team` is the placeholder '③ (팀명 미기재)'.
 *    Its content is 민간지원사업.
 * 4. Plan-item titles follow the brief's §1.3.
 *    - These sections have no title line in the body, so their titles were recovered from the 50-project list:
 *      P1, P7–P17.
 *    - C6's title comes from the team list at L3621.
 *    - P2 has neither; its title is the brief's reading of its target (L2503).
 *    - M13 uses 생산품 (L89). The team list at L202 has the typo 생상품.
 * 5. KPIs:
 *    - '80% 구축완료' (3-①) is stored as 80 %.
 *    - '1건 (2개소)' (5-②) is stored as one target: 1 건. "2개소" qualifies it (two partner institutions) and is
 *      not treated as a second target.
 */

export interface VisionFixture {
  id: string;
  order: number;
  title: string;
  goal: string;
}

export interface StrategicTaskFixture {
  id: string;
  visionId: string;
  order: number;
  title: string;
}

export interface PracticeProjectFixture {
  id: string;
  taskId: string;
  order: number;
  title: string;
  planItemCodes: string[];
}

export interface PlanItemFixture {
  code: string;
  title: string;
  titleEn: string;
  team: string;
  budgetThousandKRW: number | null;
  nonBudget: boolean;
  fundingNote: string | null;
  sourceLine: string;
}

export interface KpiFixture {
  id: string;
  category: string;
  name: string;
  measure: string;
  target: number;
  unit: string;
  sourceLine: string;
}

/** 5대 비전 with their 경영목표 (L29–44). */
export const VISIONS: VisionFixture[] = [
  { id: 'jb-2023-v1', order: 1, title: '사회서비스 품질향상 및 공공성 강화', goal: '사회서비스 공공성 강화' },
  { id: 'jb-2023-v2', order: 2, title: '존중받는 사회서비스 환경 조성', goal: '종사자 전문성 향상 및 처우개선' },
  { id: 'jb-2023-v3', order: 3, title: '튼튼한 사회서비스 기반 조성', goal: '민간제공기관 서비스 품질향상 지원' },
  { id: 'jb-2023-v4', order: 4, title: '따뜻한 사회서비스 기반 환경 마련', goal: '전북형 특화 사회서비스 발굴 제공' },
  { id: 'jb-2023-v5', order: 5, title: '사회서비스 분야 선도경영', goal: '사회서비스 분야 선도경영' },
];

/** 15대 전략과제, three per vision (L30–44). */
export const STRATEGIC_TASKS: StrategicTaskFixture[] = [
  { id: 'jb-2023-t01', visionId: 'jb-2023-v1', order: 1, title: '소속시설 운영 활성화 지원' },
  { id: 'jb-2023-t02', visionId: 'jb-2023-v1', order: 2, title: '국공립 사회서비스 기관 수탁 및 운영' },
  { id: 'jb-2023-t03', visionId: 'jb-2023-v1', order: 3, title: '표준 운영매뉴얼 개발 및 보급' },
  { id: 'jb-2023-t04', visionId: 'jb-2023-v2', order: 4, title: '종사자 안정적 고용 및 처우개선' },
  { id: 'jb-2023-t05', visionId: 'jb-2023-v2', order: 5, title: '종사자 인권보호체계 구축 및 운영' },
  { id: 'jb-2023-t06', visionId: 'jb-2023-v2', order: 6, title: '종사자 소진예방 지원' },
  { id: 'jb-2023-t07', visionId: 'jb-2023-v3', order: 7, title: '민간 제공기관 운영 역량강화' },
  { id: 'jb-2023-t08', visionId: 'jb-2023-v3', order: 8, title: '사회서비스 제공기관 체계적 정보제공' },
  { id: 'jb-2023-t09', visionId: 'jb-2023-v3', order: 9, title: '민간 기관 욕구를 반영한 서비스 개발' },
  { id: 'jb-2023-t10', visionId: 'jb-2023-v4', order: 10, title: '전북형 돌봄체계 구축' },
  { id: 'jb-2023-t11', visionId: 'jb-2023-v4', order: 11, title: '전북 복지자원 통합관리 플랫폼 구축' },
  { id: 'jb-2023-t12', visionId: 'jb-2023-v4', order: 12, title: '네트워크 형성 및 지역 협력 강화' },
  { id: 'jb-2023-t13', visionId: 'jb-2023-v5', order: 13, title: '성과지향 전문경영' },
  { id: 'jb-2023-t14', visionId: 'jb-2023-v5', order: 14, title: '윤리경영 및 건전운영 실현' },
  { id: 'jb-2023-t15', visionId: 'jb-2023-v5', order: 15, title: '사회적 가치창출 및 지역상생' },
];

/**
 * 50개 실천사업 in source order (L47–98); titles as printed in that list.
 * The vision of each project (via its task) is as printed. The task within the vision is inferred (header, item 2).
 */
export const PRACTICE_PROJECTS: PracticeProjectFixture[] = [
  // Vision 1 (8), L47–54
  // inferred: facility organisational diagnosis supports facility operations
  { id: 'jb-2023-pp01', taskId: 'jb-2023-t01', order: 1, title: '소속시설 조직진단을 통한 경영혁신', planItemCodes: ['S1'] },
  // inferred: operating manuals = 표준 운영매뉴얼 (title match)
  { id: 'jb-2023-pp02', taskId: 'jb-2023-t03', order: 2, title: '매뉴얼 제작을 통한 운영기준 표준화', planItemCodes: ['S2'] },
  // inferred: facility ESG practice supports facility operations
  { id: 'jb-2023-pp03', taskId: 'jb-2023-t01', order: 3, title: 'ESG경영으로 사회적가치 실현', planItemCodes: ['S3'] },
  // inferred: facility satisfaction / operational substance supports facility operations
  { id: 'jb-2023-pp04', taskId: 'jb-2023-t01', order: 4, title: '운영내실화를 통한 소속시설 만족도 제고', planItemCodes: ['S4'] },
  // inferred: direct employment of workers in entrusted facilities belongs with entrustment and operation
  { id: 'jb-2023-pp05', taskId: 'jb-2023-t02', order: 5, title: '종사자 직접고용을 통한 고용안정 실현', planItemCodes: ['S5'] },
  // inferred: facility workers' working environment supports facility operations
  { id: 'jb-2023-pp06', taskId: 'jb-2023-t01', order: 6, title: '안정적인 근무환경 제공을 통한 종사자 처우개선', planItemCodes: ['S6'] },
  // inferred: entrustment of public facilities (title match)
  { id: 'jb-2023-pp07', taskId: 'jb-2023-t02', order: 7, title: '사회서비스 공공성 강화를 위한 제공기관 수탁·운영', planItemCodes: ['S7'] },
  // inferred: regulations and facility operating rules standardise operation, alongside the manuals
  { id: 'jb-2023-pp08', taskId: 'jb-2023-t03', order: 8, title: '관련제도 준용으로 소속시설 운영 적정성 확보', planItemCodes: ['S8'] },

  // Vision 2 (8), L55–62
  // inferred: facility cooperation and belonging fall under stable employment and treatment
  { id: 'jb-2023-pp09', taskId: 'jb-2023-t04', order: 9, title: '소속시설 협력체계 강화', planItemCodes: ['S9'] },
  // inferred: facility staff competency training falls under stable employment and treatment
  { id: 'jb-2023-pp10', taskId: 'jb-2023-t04', order: 10, title: '종사자 직무역량 강화', planItemCodes: ['S10'] },
  // inferred: admin and staffing support to facilities falls under stable employment and treatment
  {
    id: 'jb-2023-pp11',
    taskId: 'jb-2023-t04',
    order: 11,
    title: '체계적인 업무지원을 통한 소속시설의 효율성 확보',
    planItemCodes: ['S11'],
  },
  // inferred: external human-rights protection system (title match 인권보호체계)
  { id: 'jb-2023-pp12', taskId: 'jb-2023-t05', order: 12, title: '인권 이슈에 대한 시스템 구축', planItemCodes: ['P14'] },
  // inferred: internal human-rights protection (title match 인권보호체계)
  {
    id: 'jb-2023-pp13',
    taskId: 'jb-2023-t05',
    order: 13,
    title: '내부 직원의 인권 감수성 향상 및 인권 존중문화 형성',
    planItemCodes: ['P15'],
  },
  // inferred: burnout prevention (title match 소진예방)
  { id: 'jb-2023-pp14', taskId: 'jb-2023-t06', order: 14, title: '소규모 사회서비스기관 종사자 소진예방 지원', planItemCodes: ['P16'] },
  // inferred: substitute workers guarantee rest and address 소진 (L2327–2328)
  { id: 'jb-2023-pp15', taskId: 'jb-2023-t06', order: 15, title: '인력 공백에 대한 대체인력 파견', planItemCodes: ['S12'] },
  // inferred: the home-care centre's internal staff capacity falls under stable employment and treatment
  {
    id: 'jb-2023-pp16',
    taskId: 'jb-2023-t04',
    order: 16,
    title: '전문성 제고 및 사회서비스 질 향상을 위한 내부역량 강화',
    planItemCodes: ['C1'],
  },

  // Vision 3 (11), L63–73
  // inferred: staged, disability-facility and quality consulting (P1–P3) build provider capacity
  {
    id: 'jb-2023-pp17',
    taskId: 'jb-2023-t07',
    order: 17,
    title: '전문컨설팅을 통한 사회서비스 품질 향상',
    planItemCodes: ['P1', 'P2', 'P3'],
  },
  // inferred: provider information disclosure (정보공시제) = systematic information provision
  { id: 'jb-2023-pp18', taskId: 'jb-2023-t08', order: 18, title: '소규모 민간제공기관 정보 접근성 향상', planItemCodes: ['P4'] },
  // inferred: worker and association training (P5, P6) build provider capacity
  { id: 'jb-2023-pp19', taskId: 'jb-2023-t07', order: 19, title: '사회서비스 종사자 역량강화교육 지원', planItemCodes: ['P5', 'P6'] },
  // inferred: safety-inspection support builds provider capacity
  { id: 'jb-2023-pp20', taskId: 'jb-2023-t07', order: 20, title: '사회서비스기관 시설안전점검 지원', planItemCodes: ['P7'] },
  // inferred: ESG tasks for providers build provider capacity
  { id: 'jb-2023-pp21', taskId: 'jb-2023-t07', order: 21, title: '사회서비스기관 ESG 실천 과제 추진', planItemCodes: ['P8'] },
  // inferred: same name as t12 (vision 4), but the source lists it under vision 3 (L68); its aim is projects that reflect field opinion (L2980), so t09
  { id: 'jb-2023-pp22', taskId: 'jb-2023-t09', order: 22, title: '네트워크 형성 및 지역협력강화', planItemCodes: ['P9'] },
  // inferred: needs assessment and satisfaction analysis (title match 욕구)
  { id: 'jb-2023-pp23', taskId: 'jb-2023-t09', order: 23, title: '민간제공기관 욕구파악 및 지원 만족도 분석', planItemCodes: ['P10'] },
  // inferred: citizen welfare study groups and welfare education provide information
  { id: 'jb-2023-pp24', taskId: 'jb-2023-t08', order: 24, title: '복지공동체를 위한 도민복지 학습모임 활성화', planItemCodes: ['P11'] },
  // inferred: PR provides information
  { id: 'jb-2023-pp25', taskId: 'jb-2023-t08', order: 25, title: '사회서비스원 인식 제고를 위한 홍보 강화', planItemCodes: ['P12'] },
  // inferred: field communication channels gather provider needs
  {
    id: 'jb-2023-pp26',
    taskId: 'jb-2023-t09',
    order: 26,
    title: '민간지원사업 활성화를 위한 다양한 소통창구 마련',
    planItemCodes: ['P13'],
  },
  // inferred: care-partner network and resource linkage serve field needs
  { id: 'jb-2023-pp27', taskId: 'jb-2023-t09', order: 27, title: '돌봄기관과의 협력강화 및 지역연계사업 활성화', planItemCodes: ['C2'] },

  // Vision 4 (4), L76–79
  // inferred: weakest call; regional gap (지역간 격차 해소) mapped to 지역 협력 so that t12 is not empty (alternative: t10)
  { id: 'jb-2023-pp28', taskId: 'jb-2023-t12', order: 28, title: '지역간 격차 해소를 위한 농촌형 공공돌봄 강화', planItemCodes: ['C4'] },
  // inferred: emergency and gap care is part of the Jeonbuk care system
  {
    id: 'jb-2023-pp29',
    taskId: 'jb-2023-t10',
    order: 29,
    title: '위기상황 등 돌봄 대응을 위한 긴급·틈새돌봄서비스 확대',
    planItemCodes: ['C5'],
  },
  // inferred: welfare-resource platform (title match)
  { id: 'jb-2023-pp30', taskId: 'jb-2023-t11', order: 30, title: '전북 복지자원 플랫폼 추진', planItemCodes: ['P17'] },
  // inferred: Jeonbuk-type care system (title match)
  { id: 'jb-2023-pp31', taskId: 'jb-2023-t10', order: 31, title: '돌봄통합관리를 위한 전북형 돌봄체계 추진', planItemCodes: ['C6'] },

  // Vision 5 (19), L80–98
  // inferred: 성과지향 전문경영 group (L190–192)
  { id: 'jb-2023-pp32', taskId: 'jb-2023-t13', order: 32, title: '경영성과 제고를 위한 효율적 리더십 관리', planItemCodes: ['M1'] },
  // inferred: 성과지향 전문경영 group (L190–192)
  { id: 'jb-2023-pp33', taskId: 'jb-2023-t13', order: 33, title: '능동적 변화관리를 통한 지속적 성장동력 창출', planItemCodes: ['M2'] },
  // inferred: 성과지향 전문경영 group (L190–192)
  { id: 'jb-2023-pp34', taskId: 'jb-2023-t13', order: 34, title: '객관적 성과체계 설정을 통한 성과책임경영 구현', planItemCodes: ['M3'] },
  // inferred: 윤리 경영 실현 group (L193–197)
  {
    id: 'jb-2023-pp35',
    taskId: 'jb-2023-t14',
    order: 35,
    title: '불공정 관행 및 제도 개선을 통한 도민 만족도 향상',
    planItemCodes: ['M4'],
  },
  // inferred: 윤리 경영 실현 group (L193–197)
  { id: 'jb-2023-pp36', taskId: 'jb-2023-t14', order: 36, title: '신뢰의 미래지향적 노사관계 정립', planItemCodes: ['M5'] },
  // inferred: 윤리 경영 실현 group (L193–197)
  { id: 'jb-2023-pp37', taskId: 'jb-2023-t14', order: 37, title: '복리후생, 처우개선을 통한 근로환경 개선', planItemCodes: ['M6'] },
  // inferred: 윤리 경영 실현 group (L193–197)
  { id: 'jb-2023-pp38', taskId: 'jb-2023-t14', order: 38, title: '일·가정이 균형 있는 가족 친화 직장문화 조성', planItemCodes: ['M7'] },
  // inferred: 윤리 경영 실현 group (L193–197)
  { id: 'jb-2023-pp39', taskId: 'jb-2023-t14', order: 39, title: 'ESG 경영체계 도입을 통한 책임 운영', planItemCodes: ['M8'] },
  // inferred: 사회적 가치 창출 group (L198–203)
  { id: 'jb-2023-pp40', taskId: 'jb-2023-t15', order: 40, title: '투명하고 공정한 계약업무 추진', planItemCodes: ['M9'] },
  // inferred: 사회적 가치 창출 group (L198–203)
  { id: 'jb-2023-pp41', taskId: 'jb-2023-t15', order: 41, title: '반부패 청렴문화 확산으로 사회적 책임이행', planItemCodes: ['M10'] },
  // inferred: 사회적 가치 창출 group (L198–203)
  { id: 'jb-2023-pp42', taskId: 'jb-2023-t15', order: 42, title: '인권경영 추진을 통한 성과 가시화', planItemCodes: ['M11'] },
  // inferred: 사회적 가치 창출 group (L198–203)
  { id: 'jb-2023-pp43', taskId: 'jb-2023-t15', order: 43, title: '재난 대응 등 안전관리 체계 강화', planItemCodes: ['M12'] },
  // inferred: 사회적 가치 창출 group (L198–203)
  { id: 'jb-2023-pp44', taskId: 'jb-2023-t15', order: 44, title: '사회적약자 생산품 구매를 통한 사회적 역할 수행', planItemCodes: ['M13'] },
  // inferred: 사회적 가치 창출 group (L198–203)
  { id: 'jb-2023-pp45', taskId: 'jb-2023-t15', order: 45, title: '지역상생을 위한 사회공헌활동 및 협력 네트워크', planItemCodes: ['M14'] },
  // inferred: 건전운영 group (L204–208) under 윤리경영 및 건전운영 실현
  { id: 'jb-2023-pp46', taskId: 'jb-2023-t14', order: 46, title: '체계적 재정관리로 재정 투명성 강화', planItemCodes: ['M15'] },
  // inferred: 건전운영 group (L204–208) under 윤리경영 및 건전운영 실현
  { id: 'jb-2023-pp47', taskId: 'jb-2023-t14', order: 47, title: '기관의 규정 및 지침 운영관리 적정성 도모', planItemCodes: ['M16'] },
  // inferred: 건전운영 group (L204–208) under 윤리경영 및 건전운영 실현
  { id: 'jb-2023-pp48', taskId: 'jb-2023-t14', order: 48, title: '효율적 인력관리로 조직안정성 강화', planItemCodes: ['M17'] },
  // inferred: 건전운영 group (L204–208) under 윤리경영 및 건전운영 실현
  { id: 'jb-2023-pp49', taskId: 'jb-2023-t14', order: 49, title: '안정적인 회의체계 마련', planItemCodes: ['M18'] },
  // inferred: 건전운영 group (L204–208) under 윤리경영 및 건전운영 실현
  { id: 'jb-2023-pp50', taskId: 'jb-2023-t14', order: 50, title: '정보공개를 통한 윤리경영 이행', planItemCodes: ['M19'] },
];

const MGMT = '경영기획팀';
const FACILITY = '시설지원팀';
// inferred: the team heading is missing from the source (brief §0, §1.1); its sections are 민간지원사업
const TEAM3 = '③ (팀명 미기재)';
const HOMECARE = '종합재가센터';

/** The 54 task sections (세부실천과제) of brief §1.3; budgets in 천원 from each section's (소요예산) line. */
export const PLAN_ITEMS: PlanItemFixture[] = [
  // ① 경영기획팀: titles from L190–208
  {
    code: 'M1',
    title: '경영성과 제고를 위한 효율적 리더십 관리',
    titleEn: 'Leadership management',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L210',
  },
  {
    code: 'M2',
    title: '능동적 변화관리를 통한 지속적 성장동력 창출',
    titleEn: 'Change management',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L289',
  },
  {
    code: 'M3',
    title: '객관적 성과체계 설정을 통한 성과책임경영 구현',
    titleEn: 'Performance management',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L379',
  },
  {
    code: 'M4',
    title: '불공정 관행 및 제도 개선을 통한 도민 만족도 향상',
    titleEn: 'Unfair-practice reform & satisfaction',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L445',
  },
  {
    code: 'M5',
    title: '신뢰의 미래지향적 노사관계 정립',
    titleEn: 'Labour–management relations',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L528',
  },
  {
    code: 'M6',
    title: '복리후생, 처우개선을 통한 근로환경 개선',
    titleEn: 'Staff welfare',
    team: MGMT,
    budgetThousandKRW: 19_200,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L585',
  },
  {
    code: 'M7',
    title: '일·가정이 균형 있는 가족 친화 직장문화 조성',
    titleEn: 'Family-friendly workplace',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L648',
  },
  {
    code: 'M8',
    title: 'ESG 경영체계 도입을 통한 책임 운영',
    titleEn: 'ESG management',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L698',
  },
  {
    code: 'M9',
    title: '투명하고 공정한 계약업무 추진',
    titleEn: 'Fair contracting',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L746',
  },
  {
    code: 'M10',
    title: '반부패 청렴문화 확산으로 사회적 책임이행',
    titleEn: 'Anti-corruption / audit',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L803',
  },
  {
    code: 'M11',
    title: '인권경영 추진을 통한 성과 가시화',
    titleEn: 'Human-rights management',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L872',
  },
  {
    code: 'M12',
    title: '재난 대응 등 안전관리 체계 강화',
    titleEn: 'Disaster / safety management',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L930',
  },
  // inferred: 생산품 as at L89 (the team list at L202 prints the typo 생상품)
  {
    code: 'M13',
    title: '사회적약자 생산품 구매를 통한 사회적 역할 수행',
    titleEn: 'Priority purchasing',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L986',
  },
  {
    code: 'M14',
    title: '지역상생을 위한 사회공헌활동 및 협력 네트워크',
    titleEn: 'Social contribution & networks',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L1054',
  },
  {
    code: 'M15',
    title: '체계적 재정관리로 재정 투명성 강화',
    titleEn: 'Financial transparency',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L1112',
  },
  {
    code: 'M16',
    title: '기관의 규정 및 지침 운영관리 적정성 도모',
    titleEn: 'Regulations management',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L1180',
  },
  {
    code: 'M17',
    title: '효율적 인력관리로 조직안정성 강화',
    titleEn: 'HR efficiency',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L1234',
  },
  {
    code: 'M18',
    title: '안정적인 회의체계 마련',
    titleEn: 'Committees / meeting bodies',
    team: MGMT,
    budgetThousandKRW: 12_600,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L1288',
  },
  {
    code: 'M19',
    title: '정보공개를 통한 윤리경영 이행',
    titleEn: 'Disclosure & records',
    team: MGMT,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L1350',
  },

  // ② 시설지원팀: titles from L1421–1432
  {
    code: 'S1',
    title: '소속시설 조직진단을 통한 경영혁신',
    titleEn: 'Facility monitoring & organisational diagnosis',
    team: FACILITY,
    budgetThousandKRW: 800,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L1438',
  },
  {
    code: 'S2',
    title: '매뉴얼 제작을 통한 운영기준 표준화',
    titleEn: 'Operating manuals',
    team: FACILITY,
    budgetThousandKRW: 12_940,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L1532',
  },
  {
    code: 'S3',
    title: 'ESG경영으로 사회적가치 실현',
    titleEn: 'Facility ESG',
    team: FACILITY,
    budgetThousandKRW: 19_800,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L1625',
  },
  {
    code: 'S4',
    title: '운영내실화를 통한 소속시설 만족도 제고',
    titleEn: 'Facility satisfaction & research',
    team: FACILITY,
    budgetThousandKRW: 35_230,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L1725',
  },
  {
    code: 'S5',
    title: '종사자 직접고용을 통한 고용안정 실현',
    titleEn: 'Direct employment',
    team: FACILITY,
    budgetThousandKRW: 9_460,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L1825',
  },
  {
    code: 'S6',
    title: '안정적인 근무환경 제공을 통한 종사자 처우개선',
    titleEn: 'Worker treatment',
    team: FACILITY,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L1901',
  },
  {
    code: 'S7',
    title: '사회서비스 공공성 강화를 위한 제공기관 수탁·운영',
    titleEn: 'Entrustment of public facilities',
    team: FACILITY,
    budgetThousandKRW: 1_300,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L1972',
  },
  {
    code: 'S8',
    title: '관련제도 준용으로 소속시설 운영 적정성 확보',
    titleEn: 'Facility rules compliance',
    team: FACILITY,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L2028',
  },
  {
    code: 'S9',
    title: '소속시설 협력체계 강화',
    titleEn: 'Facility cooperation',
    team: FACILITY,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L2086',
  },
  {
    code: 'S10',
    title: '종사자 직무역량 강화',
    titleEn: 'Facility staff competency',
    team: FACILITY,
    budgetThousandKRW: 13_430,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L2157',
  },
  {
    code: 'S11',
    title: '체계적인 업무지원을 통한 소속시설의 효율성 확보',
    titleEn: 'Admin/finance support to facilities',
    team: FACILITY,
    budgetThousandKRW: 5_150,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L2252',
  },
  {
    code: 'S12',
    title: '인력 공백에 대한 대체인력 파견',
    titleEn: 'Substitute-worker dispatch',
    team: FACILITY,
    budgetThousandKRW: 503_000,
    nonBudget: false,
    fundingNote: '특별회계',
    sourceLine: 'L2319',
  },

  // Team ③ (heading missing): only P3–P6 keep a title line in the body
  // inferred: title from the 50-project list (L63); no title line in the body
  {
    code: 'P1',
    title: '전문컨설팅을 통한 사회서비스 품질 향상',
    titleEn: 'Staged consulting',
    team: TEAM3,
    budgetThousandKRW: 8_956,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L2378',
  },
  // inferred: untitled section; the brief's reading of its target (L2503)
  {
    code: 'P2',
    title: '소규모 장애인복지시설 운영 컨설팅',
    titleEn: 'Small disability-facility consulting',
    team: TEAM3,
    budgetThousandKRW: 15_000,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L2459',
  },
  {
    code: 'P3',
    title: '제공기관 대상 품질관리 맞춤형 컨설팅 추진',
    titleEn: 'Quality-management consulting for D/F-graded providers',
    team: TEAM3,
    budgetThousandKRW: 3_700,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L2533',
  },
  {
    code: 'P4',
    title: '소규모 민간제공기관 정보 접근성 향상',
    titleEn: 'Provider information disclosure (정보공시제)',
    team: TEAM3,
    budgetThousandKRW: 1_500,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L2617',
  },
  {
    code: 'P5',
    title: '사회서비스 종사자 역량강화교육 지원',
    titleEn: 'Worker capacity training',
    team: TEAM3,
    budgetThousandKRW: 23_200,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L2694',
  },
  {
    code: 'P6',
    title: '직능단체별 맞춤형 교육·연수 강화',
    titleEn: 'Training for professional associations',
    team: TEAM3,
    budgetThousandKRW: 50_000,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L2774',
  },
  // inferred: title from the 50-project list (L66)
  {
    code: 'P7',
    title: '사회서비스기관 시설안전점검 지원',
    titleEn: 'Facility safety inspections',
    team: TEAM3,
    budgetThousandKRW: 14_600,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L2854',
  },
  // inferred: title from the 50-project list (L67)
  {
    code: 'P8',
    title: '사회서비스기관 ESG 실천 과제 추진',
    titleEn: 'ESG task force',
    team: TEAM3,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L2912',
  },
  // inferred: title from the 50-project list (L68)
  {
    code: 'P9',
    title: '네트워크 형성 및 지역협력강화',
    titleEn: 'Public–private network',
    team: TEAM3,
    budgetThousandKRW: 7_200,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L2966',
  },
  // inferred: title from the 50-project list (L69)
  {
    code: 'P10',
    title: '민간제공기관 욕구파악 및 지원 만족도 분석',
    titleEn: 'Participant satisfaction',
    team: TEAM3,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L3028',
  },
  // inferred: title from the 50-project list (L70)
  {
    code: 'P11',
    title: '복지공동체를 위한 도민복지 학습모임 활성화',
    titleEn: 'Citizen welfare study groups',
    team: TEAM3,
    budgetThousandKRW: 7_694,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L3090',
  },
  // inferred: title from the 50-project list (L71)
  {
    code: 'P12',
    title: '사회서비스원 인식 제고를 위한 홍보 강화',
    titleEn: 'PR',
    team: TEAM3,
    budgetThousandKRW: 4_000,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L3156',
  },
  // inferred: title from the 50-project list (L72)
  {
    code: 'P13',
    title: '민간지원사업 활성화를 위한 다양한 소통창구 마련',
    titleEn: 'Field communication',
    team: TEAM3,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L3225',
  },
  // inferred: title from the 50-project list (L58)
  {
    code: 'P14',
    title: '인권 이슈에 대한 시스템 구축',
    titleEn: 'External human-rights protection',
    team: TEAM3,
    budgetThousandKRW: 13_000,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L3283',
  },
  // inferred: title from the 50-project list (L59)
  {
    code: 'P15',
    title: '내부 직원의 인권 감수성 향상 및 인권 존중문화 형성',
    titleEn: 'Internal human-rights protection',
    team: TEAM3,
    budgetThousandKRW: 3_800,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L3372',
  },
  // inferred: title from the 50-project list (L60)
  {
    code: 'P16',
    title: '소규모 사회서비스기관 종사자 소진예방 지원',
    titleEn: 'Burnout prevention',
    team: TEAM3,
    budgetThousandKRW: 29_000,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L3452',
  },
  // inferred: title from the 50-project list (L78)
  {
    code: 'P17',
    title: '전북 복지자원 플랫폼 추진',
    titleEn: 'Welfare-resource platform',
    team: TEAM3,
    budgetThousandKRW: 400_000,
    nonBudget: false,
    fundingNote: '도비 100%',
    sourceLine: 'L3526',
  },

  // ④ 종합재가센터: body title lines (L3625–L3929); C6 from the team list (L3621)
  {
    code: 'C1',
    title: '전문성 제고 및 서비스 질 향상을 위한 내부역량 강화',
    titleEn: 'Internal capacity',
    team: HOMECARE,
    budgetThousandKRW: 112,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L3627',
  },
  {
    code: 'C2',
    title: '돌봄기관과 협력강화 및 지역연계사업 활성화',
    titleEn: 'Care-partner network',
    team: HOMECARE,
    budgetThousandKRW: 3_393,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L3701',
  },
  {
    code: 'C3',
    title: '만족도 조사를 통한 서비스 질 개선 및 향상',
    titleEn: 'Satisfaction & complaints',
    team: HOMECARE,
    budgetThousandKRW: null,
    nonBudget: true,
    fundingNote: null,
    sourceLine: 'L3760',
  },
  {
    code: 'C4',
    title: '지역간 격차 해소를 위한 농촌형 돌봄 강화',
    titleEn: 'Rural public care',
    team: HOMECARE,
    budgetThousandKRW: 10_500,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L3838',
  },
  {
    code: 'C5',
    title: '위기상황 등 돌봄 대응을 위한 긴급·틈새 돌봄서비스 확대',
    titleEn: 'Emergency & gap care',
    team: HOMECARE,
    budgetThousandKRW: 80_000,
    nonBudget: false,
    fundingNote: '국비매칭사업',
    sourceLine: 'L3931',
  },
  // inferred: no title line in the body; title from the team list (L3621)
  {
    code: 'C6',
    title: '돌봄통합관리를 위한 전북형 돌봄체계 추진',
    titleEn: 'Integrated care system',
    team: HOMECARE,
    budgetThousandKRW: 3_000,
    nonBudget: false,
    fundingNote: null,
    sourceLine: 'L4014',
  },
];

/** 2023년 성과계약 목표 (L102–122): one entry per numeric target; two-target rows are split into a/b. */
export const KPIS: KpiFixture[] = [
  {
    id: 'jb-2023-kpi-1-1',
    category: '사회서비스 공공성 강화',
    name: '수탁기관 운영 활성화 지원',
    measure: '지원사업 횟수',
    target: 56,
    unit: '회',
    sourceLine: 'L107',
  },
  {
    id: 'jb-2023-kpi-1-2',
    category: '사회서비스 공공성 강화',
    name: '국공립사회서비스제공기관 수탁 및 공공성 견인',
    measure: '수탁건수',
    target: 3,
    unit: '개소',
    sourceLine: 'L108',
  },
  {
    id: 'jb-2023-kpi-2-1a',
    category: '종사자 전문성 향상 및 처우개선',
    name: '종사자 근로조건 향상',
    measure: '직접 고용 비율',
    target: 100,
    unit: '%',
    sourceLine: 'L110',
  },
  {
    id: 'jb-2023-kpi-2-1b',
    category: '종사자 전문성 향상 및 처우개선',
    name: '종사자 근로조건 향상',
    measure: '처우개선 추진횟수',
    target: 2,
    unit: '건',
    sourceLine: 'L110',
  },
  {
    id: 'jb-2023-kpi-2-2',
    category: '종사자 전문성 향상 및 처우개선',
    name: '종사자 인권보호체계 구축 및 운영',
    measure: '계획대비 달성률',
    target: 100,
    unit: '%',
    sourceLine: 'L111',
  },
  {
    id: 'jb-2023-kpi-2-3',
    category: '종사자 전문성 향상 및 처우개선',
    name: '종사자 보수교육 및 전문성 향상 교육',
    measure: '교육실시 횟수',
    target: 50,
    unit: '회',
    sourceLine: 'L112',
  },
  // inferred: printed target is '80% 구축완료'; stored as 80 %
  {
    id: 'jb-2023-kpi-3-1',
    category: '민간제공기관 서비스 품질향상 지원',
    name: '정보공시제 운영',
    measure: '공시율진척도',
    target: 80,
    unit: '%',
    sourceLine: 'L114',
  },
  // numbered ③ in the source; there is no ② in category 3
  {
    id: 'jb-2023-kpi-3-3',
    category: '민간제공기관 서비스 품질향상 지원',
    name: '단계별 컨설팅 운영',
    measure: '운영 건수',
    target: 70,
    unit: '건',
    sourceLine: 'L115',
  },
  {
    id: 'jb-2023-kpi-3-4a',
    category: '민간제공기관 서비스 품질향상 지원',
    name: '민간 제공기관 지원 사업',
    measure: '만족도 점수',
    target: 82,
    unit: '점',
    sourceLine: 'L116',
  },
  {
    id: 'jb-2023-kpi-3-4b',
    category: '민간제공기관 서비스 품질향상 지원',
    name: '민간 제공기관 지원 사업',
    measure: '건의사항 개선노력',
    target: 1,
    unit: '건',
    sourceLine: 'L116',
  },
  {
    id: 'jb-2023-kpi-4-1a',
    category: '전북형 특화 사회서비스 발굴 제공',
    name: '돌봄체계 구축 및 운영',
    measure: '제공인원수',
    target: 25,
    unit: '명',
    sourceLine: 'L118',
  },
  {
    id: 'jb-2023-kpi-4-1b',
    category: '전북형 특화 사회서비스 발굴 제공',
    name: '돌봄체계 구축 및 운영',
    measure: '운영사업',
    target: 2,
    unit: '건',
    sourceLine: 'L118',
  },
  {
    id: 'jb-2023-kpi-4-2',
    category: '전북형 특화 사회서비스 발굴 제공',
    name: '전북 복지자원 검색 플랫폼 구축',
    measure: '사업건수',
    target: 1,
    unit: '건',
    sourceLine: 'L119',
  },
  {
    id: 'jb-2023-kpi-5-1',
    category: '공통지표',
    name: '도·공기업 출연기관 간 협력 네트워크 구축',
    measure: '협력사업건수',
    target: 2,
    unit: '건',
    sourceLine: 'L121',
  },
  // inferred: printed '1건 (2개소)'; the parenthetical (two partner institutions) is not a separate target
  {
    id: 'jb-2023-kpi-5-2',
    category: '공통지표',
    name: '도내 국가 공공기관과 협력 네트워크 구축',
    measure: '협업사업건수',
    target: 1,
    unit: '건',
    sourceLine: 'L122',
  },
];
