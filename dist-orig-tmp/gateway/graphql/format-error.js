/** Flattens class-validator errors into `field path → messages`. */
export function flattenValidationErrors(errors, prefix = '') {
    const out = [];
    for (const error of errors) {
        const path = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
        const messages = Object.values(error.constraints ?? {}).map((m) => m.replace(new RegExp(`^${error.property}\\b`), path));
        if (messages.length)
            out.push({ field: path, messages });
        if (error.children?.length)
            out.push(...flattenValidationErrors(error.children, path));
    }
    return out;
}
export function formatGraphqlError(formatted) {
    const extensions = { ...(formatted.extensions ?? {}) };
    const validationErrors = extensions.validationErrors;
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
//# sourceMappingURL=format-error.js.map