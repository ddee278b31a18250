/** Data access: the service's mongoose models, on its own database. */
import { Schema, type Connection, type Model } from 'mongoose';
import { aggregateSchema, outboxPlugin, referenceModel, type ReferenceDoc } from '@pass-graph/platform';
import type {
  CareActivity,
  CareRequestOutcome,
  CareRequestStatus,
  CareService,
  ComplaintChannel,
  ComplaintStage,
  DiagnosisScope,
  DiagnosisStatus,
  DiagnosisTrigger,
  ElementScores,
  InnovationMeasure,
  MonitoringMode,
  DatePrecision,
  EligibilityReason,
  FacilityStatus,
  FacilityType,
  HomeCareCentreModel,
  Household,
  IntakeChannel,
  OperationMode,
  RecipientStatus,
  SosService,
  VisitServiceType,
} from './domain';
import type {
  AgencyRegisteredData,
  DistrictRegisteredData,
  EmergencyCareWorkerRegisteredData,
  ProviderRegisteredData,
} from '@pass-graph/contracts';
import type { CallOutcome, HubCareService } from './network';

export interface FacilityDoc {
  _id: string;
  name: string;
  type: FacilityType;
  centreModel: HomeCareCentreModel | null;
  operationMode: OperationMode;
  operatorId: string;
  district: string;
  address: string | null;
  areaSquareMeters: number | null;
  capacity: number | null;
  services: CareService[];
  openedOn: string | null;
  openedOnPrecision: DatePrecision | null;
  status: FacilityStatus;
  entrustmentStart: string | null;
  entrustmentEnd: string | null;
  endedOn: string | null;
  registeredAt: Date;
}

const FacilitySchema = new Schema<FacilityDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    centreModel: { type: String, default: null },
    operationMode: { type: String, required: true },
    operatorId: { type: String, required: true },
    district: { type: String, required: true },
    address: { type: String, default: null },
    areaSquareMeters: { type: Number, default: null },
    capacity: { type: Number, default: null },
    services: { type: [String], default: [] },
    openedOn: { type: String, default: null },
    openedOnPrecision: { type: String, default: null },
    status: { type: String, required: true },
    entrustmentStart: { type: String, default: null },
    entrustmentEnd: { type: String, default: null },
    endedOn: { type: String, default: null },
    registeredAt: { type: Date, required: true },
  },
  { collection: 'facilities', versionKey: false },
);
// facilities(district | type), in `_id` page order.
FacilitySchema.index({ district: 1, _id: 1 });
FacilitySchema.index({ type: 1, _id: 1 });
FacilitySchema.plugin(outboxPlugin);

/**
 * 이용자. Personal data lives only in `pii` (name, birth date, phone, address as one AES-256-GCM
 * ciphertext) and `rrn` (주민등록번호, encrypted); `rrnHash` (HMAC) finds duplicates. None of it is
 * readable in the database, in events or in logs.
 */
export interface CareRecipientDoc {
  _id: string;
  agencyId: string;
  facilityId: string | null;
  district: string;
  pii: string;
  rrn: string;
  rrnHash: string;
  household: Household;
  eligibilityReasons: EligibilityReason[];
  status: RecipientStatus;
  identifiedOn: string;
  statusHistory: { status: RecipientStatus; on: string }[];
  registeredAt: Date;
}

/** The plaintext inside `CareRecipientDoc.pii`. */
export interface RecipientPersonalData {
  name: string;
  birthDate: string;
  phone: string | null;
  address: string | null;
}

export interface CareRequestDoc {
  _id: string;
  agencyId: string;
  district: string;
  channel: IntakeChannel;
  requestedServices: SosService[];
  referralId: string | null;
  recipientId: string | null;
  receivedOn: string;
  status: CareRequestStatus;
  assessment: { assessedOn: string; eligible: boolean; assessedServices: SosService[] } | null;
  plan: { plannedOn: string; services: SosService[]; facilityId: string | null; sessions: number } | null;
  outcome: CareRequestOutcome | null;
  outcomeReason: string | null;
  resolvedOn: string | null;
}

export interface CareVisitDoc {
  _id: string;
  recipientId: string;
  requestId: string | null;
  agencyId: string;
  facilityId: string | null;
  district: string;
  workerIds: string[];
  serviceType: VisitServiceType;
  covidRelated: boolean;
  activities: CareActivity[];
  deliveredOn: string;
  hours: number;
  unitPriceKRW: number;
  unitHours: number;
  amountKRW: number;
  recordedAt: Date;
}

export type SosProvider = 'SOS_CENTRE' | 'NANUM_BANJANG';
export type SosTotalScope = 'DAILY_CONVENIENCE' | 'ALL_SERVICES';

/** A printed table of 돌봄SOS volumes (004 L105–129): the lines as printed, the totals as printed. */
export interface SosVolumeReportDoc {
  _id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  source: string;
  coversAllServices: boolean;
  lines: { serviceType: SosService; provider: SosProvider; district: string | null; count: number; amountKRW: number | null }[];
  reportedTotals: { provider: SosProvider; scope: SosTotalScope; count: number | null; amountKRW: number | null; source: string }[];
}

/** 불만/고충: ids, channel and stage dates only; what was said stays in the case file, not here. */
export interface ComplaintDoc {
  _id: string;
  facilityId: string;
  agencyId: string;
  recipientId: string | null;
  channel: ComplaintChannel;
  stage: ComplaintStage;
  receivedOn: string;
  resolvedOn: string | null;
  history: { stage: ComplaintStage; on: string }[];
}

/** `<facilityId>:<year>:<respondentGroup>`: one survey of each group per facility and year. */
export interface SatisfactionSurveyDoc {
  _id: string;
  facilityId: string;
  agencyId: string;
  year: number;
  respondentGroup: 'USERS' | 'CARE_WORKERS';
  respondents: number;
  rural: boolean;
  elements: ElementScores;
  overall: number;
  score: number;
  target: number;
  conductedOn: string;
}

/** 소속시설 모니터링: who was heard and whether a 조직진단 is needed; no free text about people. */
export interface FacilityMonitoringDoc {
  _id: string;
  facilityId: string;
  mode: MonitoringMode;
  monitoredOn: string;
  usersInterviewed: number;
  staffInterviewed: number;
  issuesHeard: number;
  needsDiagnosis: boolean;
}

/** 조직진단 (organisational diagnosis) → 경영혁신 전략 (innovation strategy). */
export interface OrganizationalDiagnosisDoc {
  _id: string;
  facilityId: string;
  trigger: DiagnosisTrigger;
  monitoringId: string | null;
  scope: DiagnosisScope;
  status: DiagnosisStatus;
  startedOn: string;
  completedOn: string | null;
  measures: InnovationMeasure[];
}

export type DispatchStage = 'REQUESTED' | 'MATCHED' | 'DISPATCHED' | 'COMPLETED' | 'CANCELLED';

/** Staffing's substitute dispatch to one of our facilities (대체인력 파견), kept from its five events. */
export interface FacilityDispatchDoc {
  _id: string;
  facilityId: string;
  /** The facts the steps carry (feeds.ts `dispatchSteps`): the worker once matched, the period once requested. */
  workerId?: string;
  absentRole?: string;
  jobType?: string;
  startDate?: string;
  endDate?: string;
  days?: number;
  /** Step → id of the event that reported it. */
  stages: Partial<Record<DispatchStage, string>>;
}

/** A 방문복지 visit's discovered needs (outreach NeedsDiscovered): pseudonymous household id, no findings. */
export interface CareLeadDoc {
  _id: string;
  householdId: string;
  communityCentreId: string;
  district: string;
  needs: string[];
  services: SosService[];
  discoveredOn: string;
  sourceEventId: string;
}

/** 거점 행복돌봄사무소 (hub care office, C6): one per 시군, with the people it found and supported each year. */
export interface HubCareOfficeDoc {
  _id: string;
  agencyId: string;
  name: string;
  district: string;
  openedOn: string;
  services: HubCareService[];
  yearly: { year: number; peopleSupported: number }[];
}

/** 돌봄종합정보상담 (call centre 1522-0365): ids and codes only, nothing of what the caller said or who called. */
export interface CallCentreConsultationDoc {
  _id: string;
  agencyId: string;
  district: string;
  receivedAt: Date;
  receivedOn: string;
  topics: SosService[];
  outcome: CallOutcome;
  requestId: string | null;
  recipientId: string | null;
}

/** 돌봄파트너 협약 (C2) with a provider of consulting's registry (ProviderOrganization). */
export interface CarePartnerAgreementDoc {
  _id: string;
  agencyId: string;
  providerId: string;
  providerType: string;
  signedOn: string;
}

const str = { type: String, required: true };
const optStr = { type: String, default: null };
const mixed = { type: Schema.Types.Mixed, default: null };

const schemas = {
  CareRecipient: aggregateSchema<CareRecipientDoc>('care_recipients', {
    agencyId: str,
    facilityId: optStr,
    district: str,
    pii: str,
    rrn: str,
    rrnHash: str,
    household: str,
    eligibilityReasons: { type: [String], default: [] },
    status: str,
    identifiedOn: str,
    statusHistory: { type: [Schema.Types.Mixed], default: [] },
    registeredAt: { type: Date, required: true },
  }),
  CareRequest: aggregateSchema<CareRequestDoc>('care_requests', {
    agencyId: str,
    district: str,
    channel: str,
    requestedServices: { type: [String], default: [] },
    referralId: optStr,
    recipientId: optStr,
    receivedOn: str,
    status: str,
    assessment: mixed,
    plan: mixed,
    outcome: optStr,
    outcomeReason: optStr,
    resolvedOn: optStr,
  }),
  CareVisit: aggregateSchema<CareVisitDoc>('care_visits', {
    recipientId: str,
    requestId: optStr,
    agencyId: str,
    facilityId: optStr,
    district: str,
    workerIds: { type: [String], default: [] },
    serviceType: str,
    covidRelated: { type: Boolean, required: true },
    activities: { type: [String], default: [] },
    deliveredOn: str,
    hours: { type: Number, required: true },
    unitPriceKRW: { type: Number, required: true },
    unitHours: { type: Number, required: true },
    amountKRW: { type: Number, required: true },
    recordedAt: { type: Date, required: true },
  }),
  Complaint: aggregateSchema<ComplaintDoc>('complaints', {
    facilityId: str,
    agencyId: str,
    recipientId: optStr,
    channel: str,
    stage: str,
    receivedOn: str,
    resolvedOn: optStr,
    history: { type: [Schema.Types.Mixed], default: [] },
  }),
  SatisfactionSurvey: aggregateSchema<SatisfactionSurveyDoc>('satisfaction_surveys', {
    facilityId: str,
    agencyId: str,
    year: { type: Number, required: true },
    respondentGroup: str,
    respondents: { type: Number, required: true },
    rural: { type: Boolean, required: true },
    elements: { type: Schema.Types.Mixed, required: true },
    overall: { type: Number, required: true },
    score: { type: Number, required: true },
    target: { type: Number, required: true },
    conductedOn: str,
  }),
  FacilityMonitoring: aggregateSchema<FacilityMonitoringDoc>(
    'facility_monitorings',
    {
      facilityId: str,
      mode: str,
      monitoredOn: str,
      usersInterviewed: { type: Number, required: true },
      staffInterviewed: { type: Number, required: true },
      issuesHeard: { type: Number, required: true },
      needsDiagnosis: { type: Boolean, required: true },
    },
    { outbox: false },
  ),
  OrganizationalDiagnosis: aggregateSchema<OrganizationalDiagnosisDoc>(
    'organizational_diagnoses',
    {
      facilityId: str,
      trigger: str,
      monitoringId: optStr,
      scope: str,
      status: str,
      startedOn: str,
      completedOn: optStr,
      measures: { type: [String], default: [] },
    },
    { outbox: false },
  ),
  FacilityDispatch: aggregateSchema<FacilityDispatchDoc>(
    'facility_dispatches',
    {
      facilityId: str,
      workerId: String,
      absentRole: String,
      jobType: String,
      startDate: String,
      endDate: String,
      days: Number,
      stages: { type: Schema.Types.Mixed, default: {} },
    },
    { outbox: false },
  ),
  CareLead: aggregateSchema<CareLeadDoc>(
    'care_leads',
    {
      householdId: str,
      communityCentreId: str,
      district: str,
      needs: { type: [String], default: [] },
      services: { type: [String], default: [] },
      discoveredOn: str,
      sourceEventId: str,
    },
    { outbox: false },
  ),
  HubCareOffice: aggregateSchema<HubCareOfficeDoc>(
    'hub_care_offices',
    {
      agencyId: str,
      name: str,
      district: str,
      openedOn: str,
      services: { type: [String], default: [] },
      yearly: { type: [Schema.Types.Mixed], default: [] },
    },
    { outbox: false },
  ),
  CallCentreConsultation: aggregateSchema<CallCentreConsultationDoc>(
    'call_centre_consultations',
    {
      agencyId: str,
      district: str,
      receivedAt: { type: Date, required: true },
      receivedOn: str,
      topics: { type: [String], default: [] },
      outcome: str,
      requestId: optStr,
      recipientId: optStr,
    },
    { outbox: false },
  ),
  CarePartnerAgreement: aggregateSchema<CarePartnerAgreementDoc>(
    'care_partner_agreements',
    { agencyId: str, providerId: str, providerType: str, signedOn: str },
    { outbox: false },
  ),
  SosVolumeReport: aggregateSchema<SosVolumeReportDoc>(
    'sos_volume_reports',
    {
      title: str,
      periodStart: str,
      periodEnd: str,
      source: str,
      coversAllServices: { type: Boolean, required: true },
      lines: { type: [Schema.Types.Mixed], default: [] },
      reportedTotals: { type: [Schema.Types.Mixed], default: [] },
    },
    { outbox: false },
  ),
};

// What the loaders, the list filters (in `_id` page order) and the mutations' rule checks look up.
// The 주민등록번호 duplicate check of every registration.
schemas.CareRecipient.index({ rrnHash: 1 });
schemas.CareRecipient.index({ facilityId: 1, _id: 1 });
schemas.CareRecipient.index({ status: 1, _id: 1 });
schemas.CareRequest.index({ status: 1, _id: 1 });
schemas.CareRequest.index({ district: 1, _id: 1 });
schemas.CareRequest.index({ channel: 1, receivedOn: 1 });
// visitsByRecipient, and the care-cap check of every recorded visit.
schemas.CareVisit.index({ recipientId: 1, _id: 1 });
schemas.CareVisit.index({ deliveredOn: 1, facilityId: 1 });
schemas.Complaint.index({ facilityId: 1, _id: 1 });
schemas.SatisfactionSurvey.index({ facilityId: 1, _id: 1 });
schemas.FacilityMonitoring.index({ facilityId: 1, _id: 1 });
schemas.FacilityMonitoring.index({ monitoredOn: 1 });
schemas.OrganizationalDiagnosis.index({ monitoringId: 1, _id: 1 });
schemas.OrganizationalDiagnosis.index({ facilityId: 1, _id: 1 });
schemas.FacilityDispatch.index({ facilityId: 1, _id: 1 });
schemas.CareLead.index({ discoveredOn: 1 });
schemas.HubCareOffice.index({ district: 1 });
schemas.CallCentreConsultation.index({ receivedOn: 1 });
schemas.CarePartnerAgreement.index({ agencyId: 1, signedOn: 1, _id: 1 });
schemas.CarePartnerAgreement.index({ agencyId: 1, providerId: 1 });

export interface Models {
  Facility: Model<FacilityDoc>;
  CareRecipient: Model<CareRecipientDoc>;
  CareRequest: Model<CareRequestDoc>;
  CareVisit: Model<CareVisitDoc>;
  Complaint: Model<ComplaintDoc>;
  SatisfactionSurvey: Model<SatisfactionSurveyDoc>;
  FacilityMonitoring: Model<FacilityMonitoringDoc>;
  OrganizationalDiagnosis: Model<OrganizationalDiagnosisDoc>;
  SosVolumeReport: Model<SosVolumeReportDoc>;

  /** Staffing's dispatches to our facilities and outreach's discovered needs (see feeds.ts). */
  FacilityDispatch: Model<FacilityDispatchDoc>;
  CareLead: Model<CareLeadDoc>;
  HubCareOffice: Model<HubCareOfficeDoc>;
  CallCentreConsultation: Model<CallCentreConsultationDoc>;
  CarePartnerAgreement: Model<CarePartnerAgreementDoc>;

  /** Governance's agencies and districts, staffing's emergency-care pool, kept from their events (see events.ts). */
  KnownAgency: Model<ReferenceDoc<AgencyRegisteredData>>;
  KnownDistrict: Model<ReferenceDoc<DistrictRegisteredData>>;
  KnownWorker: Model<ReferenceDoc<EmergencyCareWorkerRegisteredData>>;
  /** Consulting's providers (ProviderRegistered): a care partner must be one. */
  KnownProvider: Model<ReferenceDoc<ProviderRegisteredData>>;
}

export const createModels = (db: Connection): Models => ({
  Facility: db.model<FacilityDoc>('Facility', FacilitySchema),
  CareRecipient: db.model<CareRecipientDoc>('CareRecipient', schemas.CareRecipient),
  CareRequest: db.model<CareRequestDoc>('CareRequest', schemas.CareRequest),
  CareVisit: db.model<CareVisitDoc>('CareVisit', schemas.CareVisit),
  SosVolumeReport: db.model<SosVolumeReportDoc>('SosVolumeReport', schemas.SosVolumeReport),
  Complaint: db.model<ComplaintDoc>('Complaint', schemas.Complaint),
  SatisfactionSurvey: db.model<SatisfactionSurveyDoc>('SatisfactionSurvey', schemas.SatisfactionSurvey),
  FacilityMonitoring: db.model<FacilityMonitoringDoc>('FacilityMonitoring', schemas.FacilityMonitoring),
  OrganizationalDiagnosis: db.model<OrganizationalDiagnosisDoc>('OrganizationalDiagnosis', schemas.OrganizationalDiagnosis),
  KnownAgency: referenceModel<AgencyRegisteredData>(db, 'agencies'),
  KnownDistrict: referenceModel<DistrictRegisteredData>(db, 'districts'),
  KnownWorker: referenceModel<EmergencyCareWorkerRegisteredData>(db, 'emergency_care_workers'),
  FacilityDispatch: db.model<FacilityDispatchDoc>('FacilityDispatch', schemas.FacilityDispatch),
  CareLead: db.model<CareLeadDoc>('CareLead', schemas.CareLead),
  HubCareOffice: db.model<HubCareOfficeDoc>('HubCareOffice', schemas.HubCareOffice),
  CallCentreConsultation: db.model<CallCentreConsultationDoc>('CallCentreConsultation', schemas.CallCentreConsultation),
  CarePartnerAgreement: db.model<CarePartnerAgreementDoc>('CarePartnerAgreement', schemas.CarePartnerAgreement),
  KnownProvider: referenceModel<ProviderRegisteredData>(db, 'providers'),
});
