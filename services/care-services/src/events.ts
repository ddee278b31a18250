/** What care-services publishes (schemas in schemas/events/) and consumes. */
export const PUBLISHES = {
  FacilityRegistered: 'pass.care-services.FacilityRegistered.v1',
} as const;

/** Care-services consumes no events yet. */
export const CONSUMES = {} as const;
