import { DateTimeResolver } from 'graphql-scalars';
/** `DateTime` (RFC 3339) as named by the public contract. */
export const DateTime = DateTimeResolver;
//# sourceMappingURL=scalars.js.map