// Types of the generated policy validator (scripts/gen-validator.mjs).
import type { ErrorObject } from 'ajv/dist/2020.js';

export interface SchemaCheck {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: SchemaCheck;
export default validate;
