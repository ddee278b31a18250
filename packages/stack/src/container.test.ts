import { healthUrl, parseCommand } from './container';

describe('the image entry point', () => {
  it('runs the process named by the argument, else by SERVICE', () => {
    expect(parseCommand([], { SERVICE: 'care-services' })).toEqual({ kind: 'run', name: 'care-services' });
    expect(parseCommand(['gateway'], { SERVICE: 'staffing' })).toEqual({ kind: 'run', name: 'gateway' });
    expect(parseCommand(['healthcheck'], { SERVICE: 'budgets' })).toEqual({ kind: 'healthcheck', name: 'budgets' });
    expect(parseCommand(['healthcheck', 'gateway'], { SERVICE: 'budgets' })).toEqual({ kind: 'healthcheck', name: 'gateway' });
  });

  it('refuses a missing or unknown process with a usage problem, never a guess', () => {
    expect(parseCommand([], {})).toEqual({ kind: 'usage', problem: expect.stringContaining('SERVICE') });
    expect(parseCommand(['healthcheck'], {})).toMatchObject({ kind: 'usage' });
    expect(parseCommand(['budget'], {})).toEqual({ kind: 'usage', problem: 'unknown process "budget"' });
  });

  it('checks /healthz on the port config.ts would listen on, over loopback for a wildcard bind', () => {
    expect(healthUrl('gateway', { HOST: '0.0.0.0' })).toBe('http://127.0.0.1:4000/healthz');
    expect(healthUrl('care-services', { HOST: '0.0.0.0', CARE_SERVICES_PORT: '4504' })).toBe('http://127.0.0.1:4504/healthz');
    expect(healthUrl('outreach', {})).toBe('http://127.0.0.1:4006/healthz');
    expect(healthUrl('staffing', { HOST: '10.0.0.5' })).toBe('http://10.0.0.5:4002/healthz');
    expect(healthUrl('staffing', { HOST: '::' })).toBe('http://127.0.0.1:4002/healthz');
  });
});
