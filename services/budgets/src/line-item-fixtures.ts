/**
 * Budget line items (산출내역) of the Jeonbuk Social Service Agency's 2023 annual plan, as a seed fixture.
 *
 * Source: /work/shared/domain/seed-003-jeonbuk-annual-plan.md §3.3 "Budget line items (complete list; seed
 * fixture)", checked row by row against the raw text /work/shared/seeds/003_daafdbdea9eec6d2.txt (the `sourceLine`
 * of each item is the raw-text line, e.g. 'L1315'). Program totals are the "(소요예산)" lines of the raw text.
 *
 * Conventions:
 * - All amounts are in 천원 (thousand KRW), as printed. Nothing is corrected: where unit price × quantities differs
 *   from the stated amount, both are kept as printed so that the platform flags the difference.
 * - `category` is the 세목 column as printed (a blank 세목 cell carries down from the row above).
 * - `description` is the 산출내역 label, prefixed with the 항목 column ("항목: label") when the two differ.
 * - `factors` are the multiplied factors in printed order: the unit price in 천원 first, then the quantities,
 *   including printed ×1식 / ×1회 / ×1년. A lump sum printed without any "×" has no factors.
 * - Where a table prints a 항목 subtotal in the 금액 column and a per-row "=X천원", `statedThousandKRW` is the row's X.
 *   Where one printed row holds several calculations with only a combined amount (S5 L1852, P17 L3553,
 *   C5 L3957–3958), the row is split into items and each item's note says which amount was printed.
 * - A head-count printed as a range (e.g. 9명~10명) is entered as the average per meeting that makes the printed
 *   product work; each such item says so in its note.
 */

export interface LineItemFixture {
  programCode: string;
  seq: number;
  category: string;
  description: string;
  factors: { value: number; unit: string }[];
  statedThousandKRW: number;
  sourceLine: string;
  note?: string;
}

/** Unit price (천원) followed by [quantity, unit] pairs, in printed order. */
const f = (price: number, ...quantities: [number, string][]): { value: number; unit: string }[] => [
  { value: price, unit: '천원' },
  ...quantities.map(([value, unit]) => ({ value, unit })),
];

type Row = Omit<LineItemFixture, 'programCode' | 'seq'>;

const program = (programCode: string, rows: Row[]): LineItemFixture[] => rows.map((row, i) => ({ programCode, seq: i + 1, ...row }));

export const LINE_ITEMS: LineItemFixture[] = [
  // M6 — 19,200 (L605; table L610–612)
  ...program('M6', [
    {
      category: '공공운영비',
      description: '공공요금 및 제세: 각종 보험료',
      factors: f(3000, [1, '식'], [1, '년']),
      statedThousandKRW: 3000,
      sourceLine: 'L610',
    },
    {
      category: '기타복리후생비',
      description: '맞춤형복지제도: 복지포인트',
      factors: f(600, [19, '명'], [1, '년']),
      statedThousandKRW: 11400,
      sourceLine: 'L611',
    },
    {
      category: '기타복리후생비',
      description: '급량비(매식비)',
      factors: f(8, [20, '명'], [30, '회']),
      statedThousandKRW: 4800,
      sourceLine: 'L612',
    },
  ]),

  // M18 — 12,600 (L1310; table L1315–1320), 세목 사무관리비 / 항목 위원회 참석수당
  ...program('M18', [
    {
      category: '사무관리비',
      description: '위원회 참석수당: 이사회 참석수당',
      factors: f(100, [9.2, '명'], [5, '회']),
      statedThousandKRW: 4600,
      sourceLine: 'L1315',
      note: "printed '9명~10명'; no whole head-count gives 4,600 (9→4,500, 10→5,000). 9.2명 = 46 attendances over 5 meetings (e.g. four of 9 and one of 10) makes 100×9.2×5 = 4,600",
    },
    {
      category: '사무관리비',
      description: '위원회 참석수당: 인사위원회 참석수당',
      factors: f(100, [5.75, '명'], [4, '회']),
      statedThousandKRW: 2300,
      sourceLine: 'L1316',
      note: "printed '5~6명'; no whole head-count gives 2,300 (5→2,000, 6→2,400). 5.75명 = 23 attendances over 4 meetings (e.g. one of 5 and three of 6) makes 100×5.75×4 = 2,300",
    },
    {
      category: '사무관리비',
      description: '위원회 참석수당: 운영자문위원회 참석수당',
      factors: f(100, [37 / 3, '명'], [3, '회']),
      statedThousandKRW: 3700,
      sourceLine: 'L1317',
      note: "printed '12명~13명'; no whole head-count gives 3,700 (12→3,600, 13→3,900). 37/3명 (≈12.33) = 37 attendances over 3 meetings (two of 12, one of 13) makes 100×37/3×3 = 3,700 (exact only up to floating-point rounding)",
    },
    {
      category: '사무관리비',
      description: '위원회 참석수당: ESG경영위원회 참석수당',
      factors: f(100, [6, '명'], [1, '회']),
      statedThousandKRW: 600,
      sourceLine: 'L1318',
    },
    {
      category: '사무관리비',
      description: '위원회 참석수당: 성희롱·성폭력 고충심의위원회 참석수당',
      factors: f(100, [2, '명'], [1, '회']),
      statedThousandKRW: 200,
      sourceLine: 'L1319',
    },
    {
      category: '사무관리비',
      description: '위원회 참석수당: 기타각종위원회 참석수당',
      factors: f(100, [12, '명'], [1, '회']),
      statedThousandKRW: 1200,
      sourceLine: 'L1320',
    },
  ]),

  // S1 — 800 (L1461; table L1466)
  ...program('S1', [
    {
      category: '여비',
      description: '국내여비: 소속시설 경영혁신 여비',
      factors: f(25, [8, '회'], [4, '명']),
      statedThousandKRW: 800,
      sourceLine: 'L1466',
    },
  ]),

  // S2 — 12,940 (L1554; table L1559)
  ...program('S2', [
    {
      category: '일반운영비',
      description: '사무관리비: 매뉴얼발간 등 인쇄비',
      factors: f(3235, [1, '식'], [4, '건']),
      statedThousandKRW: 12940,
      sourceLine: 'L1559',
    },
  ]),

  // S3 — 19,800 (L1649; table L1654–1656)
  ...program('S3', [
    {
      category: '일반운영비',
      description: '사무관리비: 현수막, 배너 등 제작비',
      factors: f(100, [2, '회']),
      statedThousandKRW: 200,
      sourceLine: 'L1654',
    },
    {
      category: '일반운영비',
      description: '사무관리비: ESG 물품제작비',
      factors: f(4600, [1, '식'], [1, '회']),
      statedThousandKRW: 4600,
      sourceLine: 'L1655',
    },
    {
      category: '행사홍보비',
      description: '행사운영비: ESG사회적가치실현사업',
      factors: f(15000, [1, '회']),
      statedThousandKRW: 15000,
      sourceLine: 'L1656',
    },
  ]),

  // S4 — 35,230 (L1750; table L1755–1757)
  ...program('S4', [
    {
      category: '연구개발비',
      description: '연구용역비: 중장기 재정운영계획',
      factors: f(22000, [1, '회']),
      statedThousandKRW: 22000,
      sourceLine: 'L1755',
    },
    {
      category: '연구개발비',
      description: '연구용역비: 소속시설 인권영향평가',
      factors: f(13000, [1, '회']),
      statedThousandKRW: 13000,
      sourceLine: 'L1756',
    },
    {
      category: '교육훈련비',
      description: '교육훈련비: 강사수당비',
      factors: f(230, [1, '회'], [1, '명']),
      statedThousandKRW: 230,
      sourceLine: 'L1757',
    },
  ]),

  // S5 — 9,460 (L1847; table L1852, one printed row holding two calculations)
  ...program('S5', [
    {
      category: '일반운영비',
      description: '사무관리비: 종사자 채용접수·관리시스템',
      factors: f(5500, [1, '식'], [1, '회']),
      statedThousandKRW: 5500,
      sourceLine: 'L1852',
      note: 'same printed row as the 노무 자문 수수료; only the combined 9,460 is printed. 5,500 is the amount the brief gives for this part',
    },
    {
      category: '일반운영비',
      description: '사무관리비: 노무 자문 수수료',
      factors: f(330, [1, '식'], [12, '월']),
      statedThousandKRW: 3960,
      sourceLine: 'L1852',
      note: 'same printed row as the 채용접수·관리시스템; only the combined 9,460 is printed. 3,960 is the amount the brief gives for this part',
    },
  ]),

  // S7 — 1,300 (L1990; table L1995–1998)
  ...program('S7', [
    {
      category: '일반운영비',
      description: '사무관리비: 위수탁자료 제작비',
      factors: f(200, [1, '식'], [2, '회']),
      statedThousandKRW: 400,
      sourceLine: 'L1995',
    },
    {
      category: '일반운영비',
      description: '사무관리비: 위수탁대응 사무용품비',
      factors: f(65, [1, '식'], [2, '회']),
      statedThousandKRW: 130,
      sourceLine: 'L1996',
    },
    {
      category: '일반운영비',
      description: '사무관리비: 위수탁대응 수수료',
      factors: f(35, [1, '식'], [2, '회']),
      statedThousandKRW: 70,
      sourceLine: 'L1997',
    },
    {
      category: '여비',
      description: '국내여비: 사회서비스 공공성강화 여비',
      factors: f(18, [2, '명'], [20, '회']),
      statedThousandKRW: 700,
      sourceLine: 'L1998',
      note: '18×2×20 = 720 but 700 is printed (the program total 1,300 uses 700)',
    },
  ]),

  // S10 — 13,430 (L2181; table L2186–2188)
  ...program('S10', [
    {
      category: '여비',
      description: '국내여비: 종사자 직무역량 강화 여비',
      factors: f(13, [4, '명'], [5, '회']),
      statedThousandKRW: 260,
      sourceLine: 'L2186',
    },
    {
      category: '교육훈련비',
      description: '교육훈련비: 교육위탁비',
      factors: f(3895, [2, '회']),
      statedThousandKRW: 7789,
      sourceLine: 'L2187',
      note: '3,895×2 = 7,790 but 7,789 is printed (the program total 13,430 uses 7,789)',
    },
    {
      category: '교육훈련비',
      description: '교육훈련비: 강사수당비',
      factors: f(5381, [1, '식'], [1, '년']),
      statedThousandKRW: 5381,
      sourceLine: 'L2188',
    },
  ]),

  // S11 — 5,150 (L2270; table L2275–2277)
  ...program('S11', [
    {
      category: '일반운영비',
      description: '사무관리비: 소속시설 지원 사무용품비',
      factors: f(1075000, [1, '식'], [2, '회']),
      statedThousandKRW: 2150,
      sourceLine: 'L2275',
      note: "printed '1,075,000천원'(sic) as unit price; 2,150 is printed as the amount (1,075,000 looks like 원, i.e. 1,075천원)",
    },
    {
      category: '일반운영비',
      description: '사무관리비: 회의비',
      factors: f(100, [1, '식'], [2, '회']),
      statedThousandKRW: 200,
      sourceLine: 'L2276',
    },
    {
      category: '여비',
      description: '국내여비: 소속시설 업무지원 여비',
      factors: f(14, [4, '명'], [50, '회']),
      statedThousandKRW: 2800,
      sourceLine: 'L2277',
    },
  ]),

  // S12 — 503,000, 특별회계 (L2337): no 산출내역 table
  ...program('S12', [
    {
      category: '특별회계',
      description: '대체인력 파견 지원 (사회복지대체인력지원센터)',
      factors: [],
      statedThousandKRW: 503000,
      sourceLine: 'L2337',
      note: "lump sum: only '(소요예산) 503,000천원(특별회계)' is printed, with no breakdown; category is the brief's label",
    },
  ]),

  // P1 — 8,956 (L2395; table L2400–2405; subtotals 사무관리비 1,256 / 행사운영비 7,700)
  ...program('P1', [
    {
      category: '일반운영비',
      description: '사무관리비: 일반수용비',
      factors: f(156, [1, '회'], [1, '년']),
      statedThousandKRW: 156,
      sourceLine: 'L2400',
    },
    {
      category: '일반운영비',
      description: '사무관리비: 위원회 등 운영수당',
      factors: f(100, [10, '명'], [1, '회']),
      statedThousandKRW: 1000,
      sourceLine: 'L2401',
    },
    {
      category: '일반운영비',
      description: '사무관리비: 각종 회의비',
      factors: f(100, [1, '회'], [1, '년']),
      statedThousandKRW: 100,
      sourceLine: 'L2402',
    },
    {
      category: '행사·홍보비',
      description: '행사운영비: 단계별 컨설팅비',
      factors: f(150, [40, '곳'], [1, '회']),
      statedThousandKRW: 6000,
      sourceLine: 'L2403',
    },
    {
      category: '행사·홍보비',
      description: '행사운영비: 모니터링 운영비',
      factors: f(30, [30, '곳'], [1, '회']),
      statedThousandKRW: 900,
      sourceLine: 'L2404',
    },
    {
      category: '행사·홍보비',
      description: '행사운영비: 온라인컨설팅비',
      factors: f(100, [1, '개'], [8, '월']),
      statedThousandKRW: 800,
      sourceLine: 'L2405',
    },
  ]),

  // P2 — 15,000 (L2475; table L2480–2482; subtotal 사무관리비 3,000)
  ...program('P2', [
    {
      category: '일반운영비',
      description: '사무관리비: 일반수용비',
      factors: f(1000, [1, '회'], [1, '년']),
      statedThousandKRW: 1000,
      sourceLine: 'L2480',
    },
    {
      category: '일반운영비',
      description: '사무관리비: 각종 회의비',
      factors: f(1000, [2, '회'], [1, '년']),
      statedThousandKRW: 2000,
      sourceLine: 'L2481',
    },
    {
      category: '행사·홍보비',
      description: '행사운영비: 컨설팅운영비',
      factors: f(200, [30, '곳'], [2, '명']),
      statedThousandKRW: 12000,
      sourceLine: 'L2482',
    },
  ]),

  // P3 — 3,700 (L2549; table L2554–2555)
  ...program('P3', [
    {
      category: '일반운영비',
      description: '사무관리비: 일반수용비 등',
      factors: f(243.3, [3, '곳'], [1, '식']),
      statedThousandKRW: 730,
      sourceLine: 'L2554',
      note: "printed '243.3천원×3곳×1식=130천원' with 730천원 in the 금액 column; 730 is stated (the program total 3,700 uses it). 243.3×3 = 729.9",
    },
    {
      category: '행사·홍보비',
      description: '행사운영비: 컨설팅운영비',
      factors: f(990, [3, '곳'], [1, '식']),
      statedThousandKRW: 2970,
      sourceLine: 'L2555',
    },
  ]),

  // P4 — 1,500 (L2635; table L2638)
  ...program('P4', [
    {
      category: '일반운영비',
      description: '사무관리비: 홈페이지 구축비',
      factors: f(1500, [1, '회'], [1, '년']),
      statedThousandKRW: 1500,
      sourceLine: 'L2638',
    },
  ]),

  // P5 — 23,200 (L2716; table L2719–2724; subtotals 사무관리비 3,981 / 행사운영비 17,341)
  ...program('P5', [
    {
      category: '일반운영비',
      description: '사무관리비: 사무용품, 홍보물제작 등',
      factors: f(121, [1, '회'], [1, '년']),
      statedThousandKRW: 121,
      sourceLine: 'L2719',
    },
    {
      category: '일반운영비',
      description: '사무관리비: ZOOM 플랫폼 구매대행',
      factors: f(560, [1, '회'], [1, '년']),
      statedThousandKRW: 560,
      sourceLine: 'L2720',
    },
    {
      category: '일반운영비',
      description: '사무관리비: 홈페이지 교육 산출물 제작 가능 구축',
      factors: f(3300, [1, '회'], [1, '년']),
      statedThousandKRW: 3300,
      sourceLine: 'L2721',
    },
    {
      category: '행사운영비',
      description: '행사운영비: 강사료',
      factors: f(491, [30, '회'], [1, '년']),
      statedThousandKRW: 14745,
      sourceLine: 'L2722',
      note: "printed '491천원×30회×1년=14,745천원'; 491×30 = 14,730",
    },
    {
      category: '행사운영비',
      description: '행사운영비: 자료제작비 등',
      factors: f(129, [20, '회'], [1, '년']),
      statedThousandKRW: 2596,
      sourceLine: 'L2723',
      note: "printed '129천원×20회×1년=2,596천원'; 129×20 = 2,580",
    },
    {
      category: '일반보상금',
      description: '행사실비보상금: 간식비',
      factors: f(4, [23, '명'], [20, '회']),
      statedThousandKRW: 1878,
      sourceLine: 'L2724',
      note: "printed '4천원×23명×20회=1,878천원'; 4×23×20 = 1,840",
    },
  ]),

  // P6 — 50,000 (L2795; table L2798–2800)
  ...program('P6', [
    {
      category: '행사운영비',
      description: '행사운영비: 온라인 교육 지원',
      factors: f(22000, [1, '식'], [1, '회']),
      statedThousandKRW: 22000,
      sourceLine: 'L2798',
    },
    {
      category: '행사운영비',
      description: '행사운영비: 직능단체별 교육연수 지원',
      factors: f(1100, [1, '식'], [10, '회']),
      statedThousandKRW: 11000,
      sourceLine: 'L2799',
    },
    {
      category: '행사운영비',
      description: '행사운영비: 소진예방교육',
      factors: f(1000, [1, '식'], [17, '회']),
      statedThousandKRW: 17000,
      sourceLine: 'L2800',
    },
  ]),

  // P7 — 14,600 (L2871; table L2874, one printed row holding two calculations)
  ...program('P7', [
    {
      category: '행사홍보비',
      description: '행사운영비: 안전점검수당비',
      factors: f(100, [26, '곳'], [1, '년']),
      statedThousandKRW: 2600,
      sourceLine: 'L2874',
      note: "first of two calculations on one printed row ('=2,600천원'); the row's 금액 is 14,600",
    },
    {
      category: '행사홍보비',
      description: '행사운영비: 안전점검수당비',
      factors: f(400, [30, '곳'], [1, '년']),
      statedThousandKRW: 12000,
      sourceLine: 'L2874',
      note: "second of two calculations on one printed row ('=12,000천원'); the row's 금액 is 14,600",
    },
  ]),

  // P9 — 7,200 (L2985; table L2990–2994)
  ...program('P9', [
    {
      category: '일반운영비',
      description: '사무관리비: 일반수용비',
      factors: f(100, [5, '회'], [1, '년']),
      statedThousandKRW: 500,
      sourceLine: 'L2990',
    },
    {
      category: '일반운영비',
      description: '사무관리비: 회의비',
      factors: f(100, [5, '회'], [1, '년']),
      statedThousandKRW: 500,
      sourceLine: 'L2991',
    },
    {
      category: '여비',
      description: '국내여비: 국내 여비',
      factors: f(25, [4, '명'], [20, '회']),
      statedThousandKRW: 2000,
      sourceLine: 'L2992',
    },
    {
      category: '행사홍보비',
      description: '행사운영비: 민관협력 네트워크 간담회 등',
      factors: f(1850, [2, '회'], [1, '년']),
      statedThousandKRW: 3700,
      sourceLine: 'L2993',
    },
    {
      category: '일반보상금',
      description: '행사실비보상금: 간담회 급량비 등',
      factors: f(4, [125, '명'], [1, '회']),
      statedThousandKRW: 500,
      sourceLine: 'L2994',
    },
  ]),

  // P11 — 7,694 (L3110; table L3115–3117; subtotal 행사운영비 2,694)
  ...program('P11', [
    {
      category: '일반운영비',
      description: '사무관리비: 특별자치도 홍보물제작',
      factors: f(5000, [1, '회']),
      statedThousandKRW: 5000,
      sourceLine: 'L3115',
    },
    {
      category: '행사홍보비',
      description: '행사운영비: 도민복지교육비',
      factors: f(545, [4, '회'], [1, '년']),
      statedThousandKRW: 2180,
      sourceLine: 'L3116',
    },
    {
      category: '행사홍보비',
      description: '행사운영비: 소모품구입비',
      factors: f(257, [2, '회'], [1, '년']),
      statedThousandKRW: 514,
      sourceLine: 'L3117',
    },
  ]),

  // P12 — 4,000 (L3173; table L3178)
  ...program('P12', [
    {
      category: '수선유지비',
      description: '시설유지보수비: 홈페이지 유지보수',
      factors: f(333, [1, '식'], [12, '월']),
      statedThousandKRW: 4000,
      sourceLine: 'L3178',
      note: "printed '333천원×1식×12월=4,000천원'; 333×12 = 3,996",
    },
  ]),

  // P14 — 13,000 (L3310; table L3315–3322; subtotals 사무관리비 3,000 / 행사운영비 8,000)
  ...program('P14', [
    {
      category: '일반운영비',
      description: '사무관리비: 회의수당',
      factors: f(100, [2, '명'], [2, '회']),
      statedThousandKRW: 400,
      sourceLine: 'L3315',
    },
    { category: '일반운영비', description: '사무관리비: 회의비', factors: f(200, [2, '회']), statedThousandKRW: 400, sourceLine: 'L3316' },
    {
      category: '일반운영비',
      description: '사무관리비: 홍보물품',
      factors: f(10, [200, '개']),
      statedThousandKRW: 2000,
      sourceLine: 'L3317',
    },
    {
      category: '일반운영비',
      description: '사무관리비: 일반수용비',
      factors: f(200, [1, '회']),
      statedThousandKRW: 200,
      sourceLine: 'L3318',
    },
    {
      category: '행사홍보비',
      description: '행사운영비: 인권교육지원',
      factors: f(500, [8, '회']),
      statedThousandKRW: 4000,
      sourceLine: 'L3319',
    },
    {
      category: '행사홍보비',
      description: '행사운영비: 인권상담수당',
      factors: f(100, [2, '명'], [10, '회']),
      statedThousandKRW: 2000,
      sourceLine: 'L3320',
    },
    {
      category: '행사홍보비',
      description: '행사운영비: 인권집담회',
      factors: f(2000, [1, '회']),
      statedThousandKRW: 2000,
      sourceLine: 'L3321',
    },
    {
      category: '일반보상금',
      description: '행사살비보상금: 인권공모전',
      factors: f(2000, [1, '회']),
      statedThousandKRW: 2000,
      sourceLine: 'L3322',
      note: "항목 printed '행사살비보상금' (sic; 행사실비보상금 elsewhere)",
    },
  ]),

  // P15 — 3,800 (L3398; table L3403–3408; subtotals 사무관리비 800 / 행사운영비 3,000)
  ...program('P15', [
    {
      category: '일반운영비',
      description: '사무관리비: 회의수당',
      factors: f(100, [2, '명'], [2, '회']),
      statedThousandKRW: 400,
      sourceLine: 'L3403',
    },
    { category: '일반운영비', description: '사무관리비: 회의비', factors: f(200, [2, '회']), statedThousandKRW: 400, sourceLine: 'L3404' },
    {
      category: '행사홍보비',
      description: '행사운영비: 서로인권지킴이 인권교육',
      factors: f(600, [1, '회']),
      statedThousandKRW: 600,
      sourceLine: 'L3405',
    },
    {
      category: '행사홍보비',
      description: '행사운영비: 서로인권지킴이 인권활동',
      factors: f(100, [4, '회']),
      statedThousandKRW: 400,
      sourceLine: 'L3406',
    },
    {
      category: '행사홍보비',
      description: '행사운영비: 본부직원 인권교육',
      factors: f(400, [2, '회']),
      statedThousandKRW: 800,
      sourceLine: 'L3407',
    },
    {
      category: '행사홍보비',
      description: '행사운영비: 소속시설 인권교육',
      factors: f(400, [3, '회']),
      statedThousandKRW: 1200,
      sourceLine: 'L3408',
    },
  ]),

  // P16 — 29,000 (L3470; table L3475–3477; subtotal 행사운영비 28,000)
  ...program('P16', [
    {
      category: '행사-홍보비',
      description: '행사운영비: 종사자 응원콘서트',
      factors: f(20498, [1, '회'], [1, '식']),
      statedThousandKRW: 20498,
      sourceLine: 'L3475',
    },
    {
      category: '행사-홍보비',
      description: '행사운영비: 심리정서지원사업',
      factors: f(7502, [1, '회'], [1, '년']),
      statedThousandKRW: 7502,
      sourceLine: 'L3476',
    },
    {
      category: '일반보상금',
      description: '기타보상금: 우수종사자 시상',
      factors: f(1000, [1, '식'], [1, '년']),
      statedThousandKRW: 1000,
      sourceLine: 'L3477',
      note: "unit price printed '1,000천' (without 원)",
    },
  ]),

  // P17 — 400,000, 도비 100% (L3548; table L3553–3557)
  ...program('P17', [
    {
      category: '일반운영비',
      description: '사무관리비: 전문위원회',
      factors: f(100, [30, '명'], [3, '회']),
      statedThousandKRW: 9000,
      sourceLine: 'L3553',
      note: 'first of three calculations on one printed row; only the combined 22,240 is printed. 9,000 is the amount the brief gives for this part',
    },
    {
      category: '일반운영비',
      description: '사무관리비: 중앙조달 수수료',
      factors: f(2600, [1, '회']),
      statedThousandKRW: 2600,
      sourceLine: 'L3553',
      note: 'second of three calculations on one printed row; only the combined 22,240 is printed',
    },
    {
      category: '일반운영비',
      description: '사무관리비: 수용비, 회의비 등',
      factors: f(10640, [1, '식']),
      statedThousandKRW: 10640,
      sourceLine: 'L3553',
      note: 'third of three calculations on one printed row; only the combined 22,240 is printed',
    },
    { category: '여비', description: '국내여비', factors: f(40, [2, '인'], [5, '회']), statedThousandKRW: 400, sourceLine: 'L3554' },
    {
      category: '연구개발비',
      description: '연구용역비: 복지자원 조사비',
      factors: [],
      statedThousandKRW: 25000,
      sourceLine: 'L3555',
      note: 'lump sum, no breakdown printed',
    },
    {
      category: '행사운영비',
      description: '행사운영비: 대관 등',
      factors: f(12360, [1, '식']),
      statedThousandKRW: 12360,
      sourceLine: 'L3556',
    },
    {
      category: '정보화시스템 취득비',
      description: '정보화시스템취득비: 플랫폼 구축비용',
      factors: [],
      statedThousandKRW: 340000,
      sourceLine: 'L3557',
      note: 'lump sum, no breakdown printed',
    },
  ]),

  // C1 — 112 (L3647; table L3650)
  ...program('C1', [
    {
      category: '교육훈련비',
      description: '교육훈련비: 직원교육비',
      factors: f(56, [2, '명']),
      statedThousandKRW: 112,
      sourceLine: 'L3650',
    },
  ]),

  // C2 — 3,393 (L3718; table L3721–3722)
  ...program('C2', [
    {
      category: '일반운영비',
      description: '회의비',
      factors: f(4, [5, '명'], [3, '회']),
      statedThousandKRW: 48,
      sourceLine: 'L3721',
      note: "printed '4천원×5명×3회' with 48천원; 4×5×3 = 60",
    },
    {
      category: '여비',
      description: '국내여비: 기관방문, 돌봄상담 활동 등',
      factors: f(20, [3, '명'], [55, '회']),
      statedThousandKRW: 3345,
      sourceLine: 'L3722',
      note: "printed '20천원×3명×55회' with 3,345천원; 20×3×55 = 3,300",
    },
  ]),

  // C4 — 10,500 (L3859; table L3862)
  ...program('C4', [
    {
      category: '행사운영비',
      description: '행사운영비: 돌봄사각지대지원(돌봄주거환경개선)',
      factors: f(202, [52, '명']),
      statedThousandKRW: 10500,
      sourceLine: 'L3862',
      note: "printed '202천원x52명' with 10,500천원; 202×52 = 10,504",
    },
  ]),

  // C5 — 80,000, 국비매칭사업 (L3952; table L3955–3959; 교육훈련비 1,840 printed once for L3957–3958)
  ...program('C5', [
    {
      category: '일반운영비',
      description: '사무관리비: 관리시스템 이용료, 홍보비 등',
      factors: f(616, [5, '월']),
      statedThousandKRW: 3080,
      sourceLine: 'L3955',
      note: "quantity printed '5개월'",
    },
    {
      category: '일반운영비',
      description: '국내여비: 모니터링 활동',
      factors: f(10, [2, '명'], [10, '회']),
      statedThousandKRW: 200,
      sourceLine: 'L3956',
      note: '세목 cell blank (carried down from 일반운영비) although the 항목 is 국내여비',
    },
    {
      category: '교육훈련비',
      description: '교육훈련비: 강사비',
      factors: f(230, [2, '명'], [1, '회']),
      statedThousandKRW: 460,
      sourceLine: 'L3957',
      note: "no per-item amount printed: the 교육훈련비 amount 1,840 covers 강사비, 교육수당 and 다과비 (L3957–3958); 460 is this item's share (230×2×1)",
    },
    {
      category: '교육훈련비',
      description: '교육훈련비: 교육수당(4h)',
      factors: f(65000, [20, '명'], [1, '회']),
      statedThousandKRW: 1300,
      sourceLine: 'L3958',
      note: "printed '65,000천원'(sic) as unit price (looks like 원, i.e. 65천원); no per-item amount printed: 1,300 = 1,840 − 460 (강사비) − 80 (다과비)",
    },
    {
      category: '교육훈련비',
      description: '교육훈련비: 교육 다과비',
      factors: f(4, [20, '명'], [1, '회']),
      statedThousandKRW: 80,
      sourceLine: 'L3958',
      note: "no per-item amount printed: the 교육훈련비 amount 1,840 covers 강사비, 교육수당 and 다과비; 80 is this item's share (4×20×1)",
    },
    {
      category: '자치단체등이전',
      description: '민간위탁금: 돌봄제공단가 지급(3h)',
      factors: f(52, [60, '명'], [24, '회']),
      statedThousandKRW: 74880,
      sourceLine: 'L3959',
    },
  ]),

  // C6 — 3,000 (L4037; table L4040)
  ...program('C6', [
    {
      category: '행사운영비',
      description: '행사운영비: 포럼 (사회적 고립가구 예방 등)',
      factors: f(3000, [1, '회']),
      statedThousandKRW: 3000,
      sourceLine: 'L4040',
    },
  ]),
];

/** Program totals as printed on each program's "(소요예산)" line, in 천원. */
export const PROGRAM_TOTALS: { programCode: string; statedThousandKRW: number }[] = [
  { programCode: 'M6', statedThousandKRW: 19200 },
  { programCode: 'M18', statedThousandKRW: 12600 },
  { programCode: 'S1', statedThousandKRW: 800 },
  { programCode: 'S2', statedThousandKRW: 12940 },
  { programCode: 'S3', statedThousandKRW: 19800 },
  { programCode: 'S4', statedThousandKRW: 35230 },
  { programCode: 'S5', statedThousandKRW: 9460 },
  { programCode: 'S7', statedThousandKRW: 1300 },
  { programCode: 'S10', statedThousandKRW: 13430 },
  { programCode: 'S11', statedThousandKRW: 5150 },
  { programCode: 'S12', statedThousandKRW: 503000 },
  { programCode: 'P1', statedThousandKRW: 8956 },
  { programCode: 'P2', statedThousandKRW: 15000 },
  { programCode: 'P3', statedThousandKRW: 3700 },
  { programCode: 'P4', statedThousandKRW: 1500 },
  { programCode: 'P5', statedThousandKRW: 23200 },
  { programCode: 'P6', statedThousandKRW: 50000 },
  { programCode: 'P7', statedThousandKRW: 14600 },
  { programCode: 'P9', statedThousandKRW: 7200 },
  { programCode: 'P11', statedThousandKRW: 7694 },
  { programCode: 'P12', statedThousandKRW: 4000 },
  { programCode: 'P14', statedThousandKRW: 13000 },
  { programCode: 'P15', statedThousandKRW: 3800 },
  { programCode: 'P16', statedThousandKRW: 29000 },
  { programCode: 'P17', statedThousandKRW: 400000 },
  { programCode: 'C1', statedThousandKRW: 112 },
  { programCode: 'C2', statedThousandKRW: 3393 },
  { programCode: 'C4', statedThousandKRW: 10500 },
  { programCode: 'C5', statedThousandKRW: 80000 },
  { programCode: 'C6', statedThousandKRW: 3000 },
];
