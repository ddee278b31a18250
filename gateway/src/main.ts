import { createLogger } from '@pass-graph/platform';
import { startGateway } from './gateway';

startGateway().then(
  (gateway) => {
    const shutdown = (): void => {
      gateway.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  },
  (error: unknown) => {
    createLogger('gateway').fatal({ err: error }, 'failed to start');
    process.exit(1);
  },
);
