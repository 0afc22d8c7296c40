/** The data model's types, inferred from the one schema in `schema.ts`. */
export type * from './schema'
