/** Data access: the service's mongoose models, on its own database. */
import { Schema, type Connection, type Model } from 'mongoose';
import { outboxPlugin } from '@pass-graph/platform';
import { createPilotModels, type PilotModels } from './pilot';
import { createReferralModels, type ReferralModels } from './referrals';
import { createCaseModels, type CaseModels } from './cases';
import { createRightsModels, type RightsModels } from './rights';
import { createCampaignModels, type CampaignModels } from './campaigns';
import { createCouncilModels, type CouncilModels } from './councils';
import { createVolunteerModels, type VolunteerModels } from './volunteers';
import type {
  CloseOutcome,
  DiscoveryStatus,
  DeliveryRow,
  LeadLegalForm,
  MemberOrganisationInput,
  NeedsDomain,
  NeighbourhoodService,
  ReportRow,
  ReportedTotal,
  VisitorRole,
} from './domain';

export interface StoredDeliveryRow extends DeliveryRow {
  recordedAt: Date;
}

export interface ConsortiumDoc {
  _id: string;
  name: string;
  district: string;
  leadOrganisationName: string;
  /** consulting's ProviderOrganization id, when the lead organisation is registered there. */
  leadProviderId: string | null;
  leadLegalForm: LeadLegalForm;
  memberOrganisations: MemberOrganisationInput[];
  reportedMemberCount: number | null;
  services: NeighbourhoodService[];
  reportedDeliveryTotals: ReportedTotal[];
  deliveries: StoredDeliveryRow[];
  /** Bumped by every delivery write: the optimistic guard that keeps periods from overlapping. */
  deliveryRevision: number;
  registeredAt: Date;
}

export interface ProgrammeReportDoc {
  _id: string;
  year: number;
  title: string;
  source: string;
  periodFrom: string;
  periodTo: string;
  districts: string[];
  rows: ReportRow[];
  reportedTotalCount: number | null;
  reportedTotalAmountKRW: number | null;
  reportedDemandCount: number | null;
  reportedDemandAmountKRW: number | null;
  reportedSharePercent: number | null;
  reportedAmountSharePercent: number | null;
  note: string | null;
  recordedAt: Date;
}

export interface CommunityCentreDoc {
  _id: string;
  name: string;
  district: string;
  welfareStaffCount: number;
  pilot: boolean;
  registeredAt: Date;
}

export interface OutreachVisitDoc {
  _id: string;
  communityCentreId: string;
  district: string;
  visitorRole: VisitorRole;
  visitedOn: string;
  /** Pseudonymous household id (HH-…). */
  householdId: string;
  findings: string;
  needsDiscovery: { domains: NeedsDomain[]; note: string | null } | null;
  /** The resident volunteer who visited; absent on visits recorded before volunteers were modelled. */
  volunteerId?: string | null;
  status: DiscoveryStatus;
  /** Date of the latest referral made from the visit's discovery. */
  lastReferredOn: string | null;
  closedOn: string | null;
  closeOutcome: CloseOutcome | null;
  recordedAt: Date;
  updatedAt: Date;
}

const PeriodFields = {
  periodFrom: { type: String, required: true },
  periodTo: { type: String, required: true },
} as const;

const MemberSchema = new Schema({ name: { type: String, required: true }, services: { type: [String], default: [] } }, { _id: false });
const ReportedTotalSchema = new Schema(
  { ...PeriodFields, count: { type: Number, default: null }, amountKRW: { type: Number, default: null } },
  { _id: false },
);
const DeliveryRowSchema = new Schema(
  {
    ...PeriodFields,
    service: { type: String, required: true },
    count: { type: Number, required: true },
    amountKRW: { type: Number, default: null },
    recordedAt: { type: Date, required: true },
  },
  { _id: false },
);

const ConsortiumSchema = new Schema<ConsortiumDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    district: { type: String, required: true },
    leadOrganisationName: { type: String, required: true },
    leadProviderId: { type: String, default: null },
    leadLegalForm: { type: String, required: true },
    memberOrganisations: { type: [MemberSchema], default: [] },
    reportedMemberCount: { type: Number, default: null },
    services: { type: [String], default: [] },
    reportedDeliveryTotals: { type: [ReportedTotalSchema], default: [] },
    deliveries: { type: [DeliveryRowSchema], default: [] },
    deliveryRevision: { type: Number, required: true, default: 0 },
    registeredAt: { type: Date, required: true },
  },
  { collection: 'consortia', versionKey: false },
);
ConsortiumSchema.index({ district: 1 });
ConsortiumSchema.plugin(outboxPlugin);

const ReportRowSchema = new Schema(
  {
    service: { type: String, required: true },
    count: { type: Number, required: true },
    amountKRW: { type: Number, default: null },
    demandCount: { type: Number, default: null },
    demandAmountKRW: { type: Number, default: null },
    reportedSharePercent: { type: Number, default: null },
    reportedAmountSharePercent: { type: Number, default: null },
  },
  { _id: false },
);

const ProgrammeReportSchema = new Schema<ProgrammeReportDoc>(
  {
    _id: { type: String, required: true },
    year: { type: Number, required: true },
    title: { type: String, required: true },
    source: { type: String, required: true },
    ...PeriodFields,
    districts: { type: [String], default: [] },
    rows: { type: [ReportRowSchema], default: [] },
    reportedTotalCount: { type: Number, default: null },
    reportedTotalAmountKRW: { type: Number, default: null },
    reportedDemandCount: { type: Number, default: null },
    reportedDemandAmountKRW: { type: Number, default: null },
    reportedSharePercent: { type: Number, default: null },
    reportedAmountSharePercent: { type: Number, default: null },
    note: { type: String, default: null },
    recordedAt: { type: Date, required: true },
  },
  { collection: 'programme_delivery_reports', versionKey: false },
);
ProgrammeReportSchema.index({ year: 1 });
ProgrammeReportSchema.plugin(outboxPlugin);

const CommunityCentreSchema = new Schema<CommunityCentreDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    district: { type: String, required: true },
    welfareStaffCount: { type: Number, required: true },
    pilot: { type: Boolean, required: true, default: false },
    registeredAt: { type: Date, required: true },
  },
  { collection: 'community_centres', versionKey: false },
);
CommunityCentreSchema.index({ district: 1 });
CommunityCentreSchema.plugin(outboxPlugin);

const NeedsDiscoverySchema = new Schema(
  { domains: { type: [String], default: [] }, note: { type: String, default: null } },
  { _id: false },
);

const OutreachVisitSchema = new Schema<OutreachVisitDoc>(
  {
    _id: { type: String, required: true },
    communityCentreId: { type: String, required: true },
    district: { type: String, required: true },
    visitorRole: { type: String, required: true },
    visitedOn: { type: String, required: true },
    householdId: { type: String, required: true },
    findings: { type: String, required: true },
    needsDiscovery: { type: NeedsDiscoverySchema, default: null },
    volunteerId: { type: String, default: null },
    status: { type: String, required: true },
    lastReferredOn: { type: String, default: null },
    closedOn: { type: String, default: null },
    closeOutcome: { type: String, default: null },
    recordedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'outreach_visits', versionKey: false },
);
OutreachVisitSchema.index({ district: 1, status: 1 });
OutreachVisitSchema.index({ communityCentreId: 1 });
OutreachVisitSchema.index({ householdId: 1 });
OutreachVisitSchema.index({ volunteerId: 1 });
OutreachVisitSchema.plugin(outboxPlugin);

export interface Models extends PilotModels, ReferralModels, CaseModels, RightsModels, CampaignModels, CouncilModels, VolunteerModels {
  Consortium: Model<ConsortiumDoc>;
  ProgrammeReport: Model<ProgrammeReportDoc>;
  CommunityCentre: Model<CommunityCentreDoc>;
  OutreachVisit: Model<OutreachVisitDoc>;
}

export const createModels = (db: Connection): Models => ({
  Consortium: db.model<ConsortiumDoc>('Consortium', ConsortiumSchema),
  ProgrammeReport: db.model<ProgrammeReportDoc>('ProgrammeDeliveryReport', ProgrammeReportSchema),
  CommunityCentre: db.model<CommunityCentreDoc>('CommunityCentre', CommunityCentreSchema),
  OutreachVisit: db.model<OutreachVisitDoc>('OutreachVisit', OutreachVisitSchema),
  ...createPilotModels(db),
  ...createReferralModels(db),
  ...createCaseModels(db),
  ...createRightsModels(db),
  ...createCampaignModels(db),
  ...createCouncilModels(db),
  ...createVolunteerModels(db),
});
