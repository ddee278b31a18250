/**
 * Issue 24 point 2: a handler failure that a later retry would fix is never dead-lettered. Care-services
 * opens a 돌봄SOS request for an outreach referral only once it knows the referral's district (from
 * governance's DistrictRegistered): a referral consumed before its district (a new consumer group reading
 * from the beginning, or governance's topic behind) fails with NOT_FOUND. The consumer must keep retrying
 * — its partition paused, other topics flowing, so the district can arrive — and apply it once the
 * district is there, even across a restart of the service in the middle of its retries.
 * "Nothing dead-lettered" is read up to the dead-letter topic's high watermark, not after a fixed wait; the
 * district arrives "late" once the retry counter says the referral was retried, not after a fixed delay.
 */
import { randomUUID } from 'node:crypto';
import { restartProcess } from './reliability/harness';
import { envelope, eventually, header, kafka, ok, readAll, send, topic } from './support/client';
import { testEnv } from './support/env';

const P = `ct-${randomUUID().slice(0, 8)}`;
const REQUEST = `query($id: ID!) { careRequest(id: $id) { id status channel referralId agency { id } } }`;
/**
 * The district is sent only once the referral has been retried this many times: more than the old three
 * attempts (~0.6 s of backoff), after which today's code would have dead-lettered it. A fact (the counter),
 * not a delay: under the old code the wait never ends and the test fails.
 */
const RETRIES_BEFORE_DISTRICT = 4;

function referral(referralId: string, district: string) {
  return envelope('outreach', 'pass.outreach.ReferralMade.v1', referralId, {
    referralId,
    householdId: `${P}-hh`,
    caseId: null,
    visitId: null,
    district,
    target: 'CARE_SERVICES',
    targetAgencyName: null,
    needs: ['CARE'],
    requestedServices: [],
    referredOn: '2019-11-04',
  });
}

/** A new district of Seoul, whose agency (seoul-pass) care-services already knows. */
function district(name: string) {
  return envelope('governance', 'pass.governance.DistrictRegistered.v1', name, {
    name,
    shortName: name,
    romanizedName: `Test-${name}`,
    province: '서울특별시',
    kind: 'AUTONOMOUS_DISTRICT',
  });
}

/** Sum of care-services' `event_handler_retries_total` over its labels (0 when it has none yet). */
async function retries(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${testEnv().ports['care-services']}/metrics`)).text();
  return [...text.matchAll(/^event_handler_retries_total\{[^}]*service="care-services"[^}]*\} (\d+)$/gm)].reduce(
    (n, m) => n + Number(m[1]),
    0,
  );
}

const opened = (referralId: string) =>
  eventually(
    `the care request for ${referralId}`,
    async () =>
      (
        await ok<{ careRequest: { status: string; referralId: string; agency: { id: string } } | null }>(REQUEST, {
          id: `referral-${referralId}`,
        })
      ).careRequest,
    60_000,
  ).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));

/** Dead letters of care-services for these keys, read to the end of the topic as it is now. */
async function deadLetters(...keys: string[]): Promise<string[]> {
  const all = await readAll('dlq.care-services');
  return all.filter((m) => keys.includes(m.key?.toString() ?? '')).map((m) => `${m.key?.toString()}: ${header(m, 'dlq_error_code')}`);
}

describe('transient consumer failures are retried, never dead-lettered', () => {
  it('applies a referral consumed seconds before its district, with nothing dead-lettered', async () => {
    const referralId = `${P}-ref-early`;
    const badKey = `${P}-bad`;
    const name = `${P}-gu1`.slice(-11);
    const before = await retries();
    // Right behind it on its partition, a message against its schema: dead-lettered once, not once per retry.
    const bad = envelope('outreach', 'pass.outreach.ReferralMade.v1', badKey, { referralId: badKey, target: 'NOWHERE' });
    const producer = kafka().producer();
    await producer.connect();
    await producer.send({
      topic: topic('outreach.referral'),
      messages: [
        { ...referral(referralId, name), partition: 0 },
        { ...bad, partition: 0 },
      ],
    });
    await producer.disconnect();
    await eventually(
      `the referral retried ${RETRIES_BEFORE_DISTRICT} times`,
      async () => (await retries()) - before >= RETRIES_BEFORE_DISTRICT,
      60_000,
    );
    await send('governance.district', district(name));

    const request = await opened(referralId);
    // Read after the request opened (or after giving up on it): a dead letter for it would be there by now.
    expect(await deadLetters(referralId, badKey)).toEqual([`${badKey}: INVALID_PAYLOAD`]);
    expect(request).toMatchObject({ status: 'RECEIVED', referralId, agency: { id: 'seoul-pass' } });
    // It did fail first (the district was not there): the retries were counted.
    expect((await retries()) - before).toBeGreaterThanOrEqual(RETRIES_BEFORE_DISTRICT);
  });

  it('does not dead-letter an event whose retries a shutdown interrupts: it comes back after the restart', async () => {
    const referralId = `${P}-ref-restart`;
    const name = `${P}-gu2`.slice(-11);
    const before = await retries();
    await send('outreach.referral', referral(referralId, name));
    // The service is stopped (SIGTERM, a graceful shutdown) while the referral is being retried.
    await eventually('the referral retried', async () => (await retries()) > before);
    await restartProcess('care-services');
    await send('governance.district', district(name));

    const request = await opened(referralId);
    expect(await deadLetters(referralId)).toEqual([]);
    expect(request).toMatchObject({ status: 'RECEIVED', referralId, agency: { id: 'seoul-pass' } });
  });
});
