import fs from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { loadCatalogEvents, readConsumers } from './catalog';
import { eventsDir } from './paths';
import { ASYNCAPI_FILE, staleCatalogFiles } from './generate';

describe('event catalog', () => {
  it('is a valid AsyncAPI 3.0 document for the official parser', async () => {
    const { document, diagnostics } = await new Parser().parse(fs.readFileSync(ASYNCAPI_FILE, 'utf8'));
    // Severity 0 is an error: the parser returns no document at all then.
    expect(diagnostics.filter((d) => d.severity === 0).map((d) => `${d.path.join('/')}: ${d.message}`)).toEqual([]);
    expect(document).toBeDefined();
    const channel = document?.channels().get('staffing.substitute-dispatch');
    expect(channel?.address()).toBe('{namespace}.staffing.substitute-dispatch');
    const completed = channel?.messages().get('SubstituteDispatchCompleted');
    expect(completed?.payload()?.required()).toContain('costKRW');
    expect(completed?.headers()?.properties()?.['ce_type']?.const()).toBe('pass.staffing.SubstituteDispatchCompleted.v1');
    // budgets charges a completed dispatch to its budget line: a receive operation on the staffing topic.
    const receive = document?.operations().get('budgets-receives-staffing-substitute-dispatch');
    expect(receive?.action()).toBe('receive');
    expect(
      receive
        ?.messages()
        .all()
        .map((m) => m.name()),
    ).toEqual(['SubstituteDispatchCompleted']);
    expect(document?.operations().get('staffing-sends-staffing-substitute-dispatch')?.action()).toBe('send');
  });

  it('is current: regenerating gives the checked-in schemas/asyncapi.yaml and docs/events.md', async () => {
    const stale = await staleCatalogFiles();
    if (stale.length > 0) throw new Error(`${stale.join(', ')} stale: run \`npm run catalog\``);
    expect(stale).toEqual([]);
  });

  it("lists each service's handler map types as its consumers", () => {
    const consumers = readConsumers();
    expect(consumers['consulting']).toEqual([]);
    // governance keeps the audit trail: every service's AuditRecorded events.
    expect(consumers['governance']).toContain('pass.audit.AuditRecorded.v1');
    const events = loadCatalogEvents(eventsDir, consumers);
    expect(events.find((e) => e.type === 'pass.audit.AuditRecorded.v1')?.consumers).toEqual(['governance']);
    expect(events.find((e) => e.type === 'pass.staffing.SubstituteDispatchCompleted.v1')?.consumers).toEqual([
      'budgets',
      'care-services',
      'governance',
    ]);
    expect(() => loadCatalogEvents(eventsDir, { budgets: ['pass.x.Nothing.v1'] })).toThrow(/no schema/);
  });
});
