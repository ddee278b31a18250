/**
 * Fixture seeding goes through each service's own write path: a service lists
 * GraphQL mutations (`src/seed.ts` exporting `seedSteps`), and the seeder sends
 * them through the gateway, so every seeded fact is also a domain event on Kafka.
 *
 * Every step applies once, whatever state the data is in (fresh, seeded, or seeded in part before a crash):
 * - a step that creates something, or takes a workflow step, is answered CONFLICT when it was already applied;
 * - a step that sets a value, or appends to a list, would be applied again: it carries an `appliedWhen` check,
 *   a query the seeder asks first, and is skipped when the answer shows its effect is already there.
 */
export interface SeedStep {
  /** Shown in the progress display. */
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** For a step that is not refused when repeated: how to tell it was applied. */
  appliedWhen?: SeedCheck;
}

export interface SeedCheck {
  query: string;
  variables: Record<string, unknown>;
  /** True when the check query's `data` shows the step's effect already there. */
  applied: (data: unknown) => boolean;
}

/**
 * A typed `appliedWhen`: `T` is the shape of the check query's `data` (GraphQL answers what the query selects;
 * a null or missing part makes `applied` false rather than throwing).
 */
export function seedCheck<T>(query: string, variables: Record<string, unknown>, applied: (data: T) => boolean): SeedCheck {
  return {
    query,
    variables,
    applied: (data) => {
      try {
        return data !== null && data !== undefined && applied(data as T);
      } catch {
        return false;
      }
    },
  };
}
