import { InvalidJobLabelError, resolveJobLabel } from '../../schema/job-label.js';
import { badUserInput } from './errors.js';

/**
 * The label to store for a new job (see `resolveJobLabel`).
 * @throws GraphQLError BAD_USER_INPUT with `field: "label"` for a label that is too long or holds control characters.
 */
export function jobLabelInput(raw: string | null | undefined, fallback: string | null): string | null {
  try {
    return resolveJobLabel(raw, fallback);
  } catch (error) {
    if (error instanceof InvalidJobLabelError) throw badUserInput(error.message, 'label', error);
    throw error;
  }
}
