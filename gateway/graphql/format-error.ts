/**
 * Shapes errors for clients: argument validation errors become one readable message with
 * field-level details (never echoing the whole input back), and unexpected errors do not leak
 * internals in production.
 */
import type { GraphQLFormattedError } from 'graphql';

interface ValidationErrorLike {
  readonly property: string;
  readonly constraints?: Readonly<Record<string, string>>;
  readonly children?: readonly ValidationErrorLike[];
}

export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

/** Flattens class-validator errors into `field path → messages`. */
export function flattenValidationErrors(errors: readonly ValidationErrorLike[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const path = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {}).map((m) => m.replace(new RegExp(`^${error.property}\\b`), path));
    if (messages.length) out.push({ field: path, messages });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  const validationErrors = extensions.validationErrors as ValidationErrorLike[] | undefined;
  if (Array.isArray(validationErrors)) {
    delete extensions.validationErrors;
    const fields = flattenValidationErrors(validationErrors);
    return {
      ...formatted,
      message: fields.length ? fields.flatMap((f) => f.messages).join('; ') : formatted.message,
      extensions: { ...extensions, fields, ...(fields[0] ? { field: fields[0].field } : {}) },
    };
  }
  if (process.env.NODE_ENV === 'production' && (extensions.code === 'INTERNAL_SERVER_ERROR' || !extensions.code)) {
    return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, ...(formatted.path ? { path: formatted.path } : {}) };
  }
  return formatted;
}
