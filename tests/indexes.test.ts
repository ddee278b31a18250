/**
 * Queries the database can answer from an index (docs/performance.md, "Indexes for the hot filters").
 *
 * 1. Every hot filter — a DataLoader key, a list filter (in `_id` page order), a rule check that reads other
 *    documents inside a mutation or event handler — has an index whose keys start with the filter's fields and
 *    then its sort. Checked with `listIndexes` on databases built by the services' own `createModels`: removing a
 *    `schema.index(...)` fails it.
 * 2. Sampled hot filters on 3,000 documents, through `explain`: on MongoDB the winning plan reads the index
 *    (IXSCAN); on FerretDB/PostgreSQL the equality filter is pushed down to SQL and names its fields, and
 *    PostgreSQL still scans the table (FerretDB v1.24 writes `_jsonb->'field' @> value`, which its btree
 *    indexes cannot serve); on FerretDB/SQLite nothing is claimed about pushdown. A DataLoader batch (`$in`) is
 *    not pushed down by FerretDB v1 at all.
 */
import mongoose, { type Connection } from 'mongoose';
import { createModels as budgetModels } from '../services/budgets/src/models';
import { createModels as careModels } from '../services/care-services/src/models';
import { createModels as consultingModels } from '../services/consulting/src/models';
import { createModels as governanceModels } from '../services/governance/src/models';
import { createModels as outreachModels } from '../services/outreach/src/models';
import { createModels as staffingModels } from '../services/staffing/src/models';
import { testEnv } from './support/env';
import { explainFind, usesIndex } from './support/explain';

type Sort = Record<string, 1 | -1>;
/** A hot filter: the mongoose model, the filter's fields in index order, the sort that follows (if the query sorts). */
type Hot = [model: string, fields: string[], sort?: Sort];
const page: Sort = { _id: 1 };

const HOT: Record<string, { create: (db: Connection) => unknown; filters: Hot[] }> = {
  budgets: {
    create: budgetModels,
    filters: [
      ['Expenditure', ['budgetLineId'], page], // expendituresByLine; postExecution's overrun check
      ['Expenditure', ['facilityId'], page],
      ['Expenditure', ['dispatchId']],
      ['Expenditure', ['consultingCaseId'], page],
      ['Expenditure', ['agencyId', 'fiscalYear']], // programBudgets
      ['RejectedExecution', ['budgetLineId'], page],
      ['UnbudgetedExecution', ['consultingCaseId'], page],
      ['UnbudgetedExecution', ['facilityId'], page],
      ['UnbudgetedExecution', ['agencyId', 'fiscalYear'], { spentOn: 1, _id: 1 }],
      ['BudgetLine', ['agencyId', 'fiscalYear'], page], // budgetLines, reports, a purpose's lines in postExecution
      ['FiscalYearBudget', ['agencyId', 'year']], // budget standing of every execution
      ['RateCard', ['agencyId']],
    ],
  },
  staffing: {
    create: staffingModels,
    filters: [
      ['SubstituteDispatch', ['facilityId'], page],
      ['SubstituteDispatch', ['status'], page],
      ['SubstituteDispatch', ['district'], page],
      ['SubstituteDispatch', ['agencyId', 'startDate']], // dispatchProgress, setDispatchTarget
      ['SubstituteDispatch', ['workerId', 'status']], // the matching rule's clash check
      ['HeadcountPlan', ['facilityId'], { year: -1 }],
      ['HeadcountPlan', ['agencyId', 'year', 'facilityId'], page],
      ['HeadcountTarget', ['agencyId'], page],
      ['Employee', ['facilityId'], page], // loader, list, entrustment handler
      ['Employee', ['agencyId'], page],
      ['Evaluation', ['employeeId'], { year: 1 }],
      ['TrainingRecord', ['employeeId'], { completedOn: 1 }],
    ],
  },
  'care-services': {
    create: careModels,
    filters: [
      ['Facility', ['district'], page],
      ['Facility', ['type'], page],
      ['CareRecipient', ['rrnHash']], // duplicate 주민등록번호 check of every registration
      ['CareRecipient', ['facilityId'], page],
      ['CareRecipient', ['status'], page],
      ['CareRequest', ['status'], page],
      ['CareRequest', ['district'], page],
      ['CareRequest', ['channel', 'receivedOn']],
      ['CareVisit', ['recipientId'], page], // visitsByRecipient; the cap check of every visit
      ['CareVisit', ['deliveredOn', 'facilityId']],
      ['Complaint', ['facilityId'], page],
      ['SatisfactionSurvey', ['facilityId'], page],
      ['FacilityMonitoring', ['facilityId'], page],
      ['FacilityMonitoring', ['monitoredOn']],
      ['OrganizationalDiagnosis', ['monitoringId'], page],
      ['OrganizationalDiagnosis', ['facilityId'], page],
      ['FacilityDispatch', ['facilityId'], page],
      ['CareLead', ['discoveredOn']],
      ['HubCareOffice', ['district']],
      ['CallCentreConsultation', ['receivedOn']],
      ['CarePartnerAgreement', ['agencyId', 'signedOn'], page],
      ['CarePartnerAgreement', ['agencyId', 'providerId']],
    ],
  },
  governance: {
    create: governanceModels,
    filters: [
      ['District', ['province'], page],
      ['BoardMember', ['agencyId']],
      ['OrgUnit', ['agencyId'], page],
      ['Committee', ['agencyId'], page],
      ['Meeting', ['committeeId'], { heldOn: 1 }],
      ['Resolution', ['meetingId'], page],
      ['StrategyNode', ['parentId'], page],
      ['StrategyNode', ['agencyId', 'year'], page],
      ['PlanItem', ['projectId'], page],
      ['PlanItem', ['agencyId', 'year'], page],
      ['Indicator', ['planItemId'], page],
      ['Indicator', ['agencyId', 'year'], page],
      ['KpiFact', ['source'], page],
      ['Regulation', ['agencyId'], page],
      ['Audit', ['agencyId'], page],
    ],
  },
  consulting: {
    create: consultingModels,
    filters: [
      ['ConsultingCase', ['providerId'], page],
      ['ConsultingCase', ['consultantIds'], page],
      ['ConsultingCase', ['programId'], page],
      ['ConsultingCase', ['district'], page],
      ['ConsultingCase', ['status'], page],
      ['Provider', ['district'], page],
      ['ConsultingProgram', ['agencyId'], page],
      ['Inspection', ['providerId'], page],
      ['Inspection', ['district'], page],
      ['Inspection', ['year']],
      ['InspectionResult', ['year']],
      ['OnlineInquiry', ['submittedOn']],
      ['OnlineInquiry', ['status'], page],
    ],
  },
  outreach: {
    create: outreachModels,
    filters: [
      ['OutreachVisit', ['communityCentreId']],
      ['OutreachVisit', ['district']],
      ['OutreachVisit', ['householdId']],
      ['OutreachVisit', ['volunteerId']],
      ['CommunityCentre', ['district']],
      ['Referral', ['visitId']],
      ['Referral', ['caseId']],
      ['Referral', ['householdId']],
      ['Referral', ['district']],
      ['Case', ['householdId']],
      ['PilotProgram', ['participations.district']],
      ['PublicPrivateCouncil', ['district']],
      ['NetworkMeeting', ['councilId']],
    ],
  },
};

/** The index serves the filter (and its sort) when its keys start with the filter's fields, then the sort's. */
function serves(key: Sort, fields: string[], sort: Sort = {}): boolean {
  const want = [...fields.map((f): [string, 1 | -1] => [f, 1]), ...Object.entries(sort)];
  const have = Object.entries(key);
  return want.every(([f, dir], i) => have[i]?.[0] === f && (i < fields.length || have[i]?.[1] === dir));
}

describe('indexes for the hot filters', () => {
  const env = testEnv();
  const dbName = (service: string) => `${env.namespace}_indexes_${service.replace('-', '_')}`;
  const connections: Connection[] = [];
  const open = async (service: string) => {
    const db = await mongoose.createConnection(env.mongodbUri, { dbName: dbName(service), retryWrites: false }).asPromise();
    connections.push(db);
    return db;
  };

  afterAll(async () => {
    for (const db of connections) {
      await db.dropDatabase().catch(() => undefined);
      await db.close();
    }
  });

  it.each(Object.keys(HOT))('%s: every hot filter has an index starting with its fields, then its sort (listIndexes)', async (service) => {
    const db = await open(service);
    const { create, filters } = HOT[service]!;
    create(db);
    const used = [...new Set(filters.map(([m]) => m))];
    await Promise.all(used.map((name) => db.model(name).init()));
    const missing: string[] = [];
    for (const [name, fields, sort] of filters) {
      const model = db.model(name);
      const indexes = (await model.collection.listIndexes().toArray()) as { key: Sort }[];
      if (!indexes.some((i) => serves(i.key, fields, sort))) missing.push(`${name} ${JSON.stringify({ fields, sort })}`);
    }
    expect(missing).toEqual([]);
  });

  it('sampled hot filters on 3,000 documents: an index scan on MongoDB; pushed down to SQL on FerretDB/PostgreSQL; no pushdown claim on FerretDB/SQLite', async () => {
    const budgets = await open('samples_budgets');
    const staffing = await open('samples_staffing');
    await Promise.all([budgetModels(budgets).Expenditure.init(), staffingModels(staffing).SubstituteDispatch.init()]);
    const N = 3_000;
    // Raw inserts: sample rows carry only the fields the filters read.
    const rows = (db: Connection, name: string) => db.db!.collection<{ _id: string } & Record<string, unknown>>(name);
    await rows(budgets, 'expenditures').insertMany(
      Array.from({ length: N }, (_, i) => ({
        _id: `E${String(i).padStart(5, '0')}`,
        budgetLineId: `L${i % 150}`,
        agencyId: `A${i % 3}`,
        fiscalYear: 2019 + (i % 5),
        amount: 1000 + i,
        facilityId: `F${i % 300}`,
        dispatchId: `D${i}`,
      })),
    );
    await rows(staffing, 'substitute_dispatches').insertMany(
      Array.from({ length: N }, (_, i) => ({
        _id: `SD${String(i).padStart(5, '0')}`,
        facilityId: `F${i % 300}`,
        agencyId: `A${i % 3}`,
        workerId: `W${i % 200}`,
        status: ['REQUESTED', 'MATCHED', 'DISPATCHED', 'COMPLETED'][i % 4],
        startDate: `2023-${String((i % 12) + 1).padStart(2, '0')}-01`,
      })),
    );
    const samples: [Connection, string, string, Record<string, string | number>][] = [
      [budgets, 'expenditures', "postExecution: a line's executions", { budgetLineId: 'L7' }],
      [budgets, 'expenditures', "programBudgets: an agency's year", { agencyId: 'A1', fiscalYear: 2020 }],
      [staffing, 'substitute_dispatches', 'substituteDispatches(facilityId)', { facilityId: 'F7' }],
      [staffing, 'substitute_dispatches', "the matching rule: a worker's dispatches", { workerId: 'W7', status: 'MATCHED' }],
    ];
    const report: string[] = [];
    for (const [db, collection, what, filter] of samples) {
      const plan = await explainFind(db.db!, collection, filter);
      report.push(`${what}: ${plan.backend}, pushdown ${String(plan.pushedDown)}, ${plan.scans.join('+')} ${plan.indexes.join(',')}`);
      if (plan.backend === 'mongodb') {
        expect(usesIndex(plan)).toBe(true);
        expect(plan.indexes).toHaveLength(1);
      } else if (plan.backend === 'ferretdb-postgresql') {
        expect(plan.pushedDown).toBe(true);
        for (const field of Object.keys(filter)) expect(plan.sqlFilter).toContain(`'${field}'`);
        // FerretDB v1.24 writes `_jsonb->'field' @> value`, which its btree indexes on `(_jsonb->'field')` cannot
        // serve: PostgreSQL scans the table. If this fails, an index now answers it: update docs/performance.md.
        expect(usesIndex(plan)).toBe(false);
      } else {
        // FerretDB on SQLite (v1.24 pushes down `_id` only): the index contract above is all that holds here.
        expect(plan.backend).toBe('ferretdb-other');
      }
    }
    // A DataLoader batch ({field: {$in: keys}}): on MongoDB an index scan; FerretDB v1 does not push `$in` down.
    const batch = await explainFind(budgets.db!, 'expenditures', { budgetLineId: { $in: ['L1', 'L2'] } });
    report.push(`expendituresByLine ($in): ${batch.backend}, pushdown ${String(batch.pushedDown)}, ${batch.scans.join('+')}`);
    if (batch.backend === 'mongodb') expect(usesIndex(batch)).toBe(true);
    else expect(batch.pushedDown).toBe(false);
    console.log(`explain at ${N} documents:\n  ${report.join('\n  ')}`);
  });
});
