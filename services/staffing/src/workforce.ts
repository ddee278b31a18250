/**
 * Workforce writes shared by the graph's mutations and the event handlers: the same rules
 * and the same events whichever way a change arrives.
 */
import type { Runtime } from './contract';
import { EventTypes } from '@pass-graph/contracts';
import { badInput, conflict, invalidTransition, notFound, PermanentEventError, withDocument } from '@pass-graph/platform';
import { planId, type Grade } from './domain';
import type { ResolutionAdoptedData } from '@pass-graph/contracts';
import type { EmployeeDoc, HeadcountPlanDoc, Models } from './models';

/** 퇴직: ends one employment; `LEFT` twice is a CONFLICT. */
export function endEmployment(models: Models, runtime: Runtime, id: string, leftOn: string): Promise<EmployeeDoc> {
  const { Employee } = models;
  return withDocument(Employee, id, async () => {
    const e = await Employee.findById(id).lean();
    if (!e) throw notFound('Employee', id);
    if (e.status === 'LEFT') throw invalidTransition('Employee', id, e.status, 'LEFT');
    if (leftOn < e.hiredOn) throw badInput('leftOn must not be before hiredOn', 'leftOn');
    const event = runtime.outbox.entry(EventTypes.EmployeeLeft, { employeeId: id, agencyId: e.agencyId, facilityId: e.facilityId, leftOn });
    const updated = await Employee.findOneAndUpdate(
      { _id: id, status: e.status },
      { $set: { status: 'LEFT', leftOn }, $push: runtime.outbox.push(event) },
      { new: true },
    ).lean();
    if (!updated) throw conflict(`employee "${id}" was changed concurrently; retry`, { id });
    runtime.publish(Employee, id);
    return updated;
  });
}

/**
 * The entrustment ended: the facility's staff pass to the next operator (고용승계), so their
 * employment with the agency ends that day. Already-ended employments are left as they are,
 * which makes a redelivered event harmless.
 */
export async function endFacilityEmployment(models: Models, runtime: Runtime, facilityId: string, endedOn: string): Promise<number> {
  const staff = await models.Employee.find({ facilityId }).lean();
  let ended = 0;
  for (const e of staff) {
    if (e.status === 'LEFT' || e.hiredOn > endedOn) continue;
    await endEmployment(models, runtime, e._id, endedOn);
    ended++;
  }
  return ended;
}

/** Opens a facility's 정원 for a year unless a plan row already exists (a revision is never overwritten). */
export async function openHeadcount(
  models: Models,
  runtime: Runtime,
  row: { agencyId: string; facilityId: string; year: number; authorised: number },
): Promise<HeadcountPlanDoc> {
  const plan = { agencyId: row.agencyId, facilityId: row.facilityId, year: row.year, jobFamily: null, grade: null, jobType: null };
  const _id = planId(plan);
  return withDocument(models.HeadcountPlan, _id, async () => {
    const existing = await models.HeadcountPlan.findById(_id).lean();
    if (existing) return existing;
    const event = runtime.outbox.entry(EventTypes.HeadcountPlanSet, { planId: _id, ...plan, authorised: row.authorised });
    await models.HeadcountPlan.updateOne(
      { _id },
      { $set: { ...plan, authorised: row.authorised }, $push: runtime.outbox.push(event) },
      { upsert: true },
    );
    runtime.publish(models.HeadcountPlan, _id);
    return { _id, ...plan, authorised: row.authorised };
  });
}

/**
 * Applies an adopted resolution's personnel actions. Every employee is checked first (one unknown
 * or of another agency dead-letters the event, nothing applied); each action is recorded with the
 * resolution id, so a redelivered event changes nothing.
 */
export async function applyPersonnelActions(models: Models, runtime: Runtime, r: ResolutionAdoptedData): Promise<void> {
  const { Employee } = models;
  for (const a of r.personnelActions) {
    const e = await Employee.findById(a.employeeId).lean();
    if (!e || e.agencyId !== r.agencyId)
      throw new PermanentEventError('UNKNOWN_EMPLOYEE', `resolution ${r.resolutionId}: no employee "${a.employeeId}" at ${r.agencyId}`);
  }
  for (const a of r.personnelActions) {
    await withDocument(Employee, a.employeeId, async () => {
      const e = (await Employee.findById(a.employeeId).lean()) as EmployeeDoc;
      if ((e.personnelRecords ?? []).some((p) => p.resolutionId === r.resolutionId && p.kind === a.kind)) return;
      const toGrade = a.kind === 'PROMOTION' ? (a.toGrade as Grade) : null;
      const record = {
        resolutionId: r.resolutionId,
        kind: a.kind,
        decidedOn: r.decidedOn,
        fromGrade: toGrade ? e.grade : null,
        toGrade,
        note: a.note,
      };
      const event =
        a.kind === 'PROMOTION'
          ? runtime.outbox.entry(EventTypes.EmployeePromoted, {
              employeeId: e._id,
              agencyId: e.agencyId,
              resolutionId: r.resolutionId,
              fromGrade: e.grade,
              toGrade: a.toGrade as Grade,
              effectiveOn: r.decidedOn,
            })
          : runtime.outbox.entry(EventTypes.EmployeeDisciplined, {
              employeeId: e._id,
              agencyId: e.agencyId,
              resolutionId: r.resolutionId,
              decidedOn: r.decidedOn,
            });
      await Employee.updateOne(
        { _id: e._id },
        { $set: toGrade ? { grade: toGrade } : {}, $push: { personnelRecords: record, ...runtime.outbox.push(event) } },
      );
      runtime.publish(Employee, e._id);
    });
  }
}
