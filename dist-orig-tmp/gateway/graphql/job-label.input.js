import { resolveJobLabel } from '../../schema/job-label.js';
import { toGraphqlError } from './errors.js';
/**
 * The label to store for a new job (see `resolveJobLabel`).
 * @throws GraphQLError BAD_USER_INPUT with `field: "label"` for a label that is too long or holds control characters.
 */
export function jobLabelInput(raw, fallback) {
    try {
        return resolveJobLabel(raw, fallback);
    }
    catch (error) {
        throw toGraphqlError(error);
    }
}
//# sourceMappingURL=job-label.input.js.map