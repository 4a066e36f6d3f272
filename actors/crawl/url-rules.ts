/** The URL rules live in schema/ because the gateway validates start URLs with them too. */
export * from '../../schema/url-rules.js';
