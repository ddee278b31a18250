#!/usr/bin/env node
/**
 * npm run events -- tail <topic|event-type> [--from-beginning] [--limit N]
 * npm run events -- replay <topic|event-type> --group <new-group>
 * npm run events -- dlq list <service>
 * npm run events -- dlq redrive <service> [--id <eventId>]
 * npm run events -- outbox list <service>
 * npm run events -- outbox retry <service> [--id <documentId>]
 * Common: --namespace <ns> (default PASS_NAMESPACE or pass), --brokers host:port[,…] (default KAFKA_BROKERS).
 */
import { EventCatalog, loadConfig, SERVICE_NAMES, type ServiceName } from '@pass-graph/platform';
import { createKafka, dlqList, dlqRedrive, replay, tail, type EventsContext } from './events';
import { outboxList, outboxRetry } from './outbox-parked';
import { eventsDir } from './paths';

const USAGE = `usage:
  npm run events -- tail <topic|event-type> [--from-beginning] [--limit N]
  npm run events -- replay <topic|event-type> --group <new-group>
  npm run events -- dlq list <service>
  npm run events -- dlq redrive <service> [--id <eventId>]
  npm run events -- outbox list <service>
  npm run events -- outbox retry <service> [--id <documentId>]
options: --namespace <ns> (default $PASS_NAMESPACE or pass), --brokers host:port,… (default $KAFKA_BROKERS or 127.0.0.1:9092)`;

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

const BOOLEAN_FLAGS = new Set(['from-beginning', 'help']);

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
    else {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value\n${USAGE}`);
      flags.set(name, value);
    }
  }
  return { positional, flags };
}

const flag = (args: Args, name: string): string | undefined => {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
};

function serviceArg(value: string | undefined): ServiceName {
  if (!value || !(SERVICE_NAMES as readonly string[]).includes(value))
    throw new Error(`service must be one of ${SERVICE_NAMES.join(', ')}`);
  return value as ServiceName;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [command, sub, third] = args.positional;
  if (!command || args.flags.has('help')) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = loadConfig();
  const brokers = (flag(args, 'brokers') ?? config.kafkaBrokers.join(',')).split(',').map((b) => b.trim());
  const ctx: EventsContext = {
    kafka: createKafka(brokers),
    namespace: flag(args, 'namespace') ?? config.namespace,
    catalog: EventCatalog.load(eventsDir),
    out: (line) => console.log(line),
  };
  switch (command) {
    case 'tail': {
      if (!sub) throw new Error(USAGE);
      const limit = flag(args, 'limit');
      const stopSignal = new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await tail(ctx, sub, { fromBeginning: args.flags.has('from-beginning'), stopSignal, ...(limit ? { limit: Number(limit) } : {}) });
      return 0;
    }
    case 'replay': {
      const group = flag(args, 'group');
      if (!sub || !group) throw new Error(USAGE);
      await replay(ctx, sub, group);
      return 0;
    }
    case 'dlq': {
      if (sub === 'list') {
        await dlqList(ctx, serviceArg(third));
        return 0;
      }
      if (sub === 'redrive') {
        const n = await dlqRedrive(ctx, serviceArg(third), flag(args, 'id'));
        console.log(`${n} dead letter(s) re-published`);
        return 0;
      }
      throw new Error(USAGE);
    }
    case 'outbox': {
      const service = serviceArg(third);
      const target = { uri: config.mongodbUri, namespace: ctx.namespace, service, out: ctx.out };
      if (sub === 'list') {
        await outboxList(target);
        return 0;
      }
      if (sub === 'retry') {
        const n = await outboxRetry(target, flag(args, 'id'));
        console.log(`${n} parked event(s) put back in their outboxes; the relay publishes them at its next pass`);
        return 0;
      }
      throw new Error(USAGE);
    }
    default:
      throw new Error(`unknown command ${command}\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
