import { type ValueTransformer } from 'typeorm';

/**
 * PostgreSQL returns `numeric` as a string so no precision is lost in transit; quantities and scores
 * fit a double comfortably, so they are numbers in the application.
 */
export const numericAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
