/**
 * Fixture seeding goes through each service's own write path: a service lists
 * GraphQL mutations (`src/seed.ts` exporting `seedSteps`), and the seeder sends
 * them through the gateway, so every seeded fact is also a domain event on Kafka.
 * A step answered CONFLICT or CONFLICT (reason INVALID_TRANSITION) was already applied: seeding is idempotent.
 */
export interface SeedStep {
  /** Shown in the progress display. */
  label: string;
  query: string;
  variables: Record<string, unknown>;
}
