/** `?` → `$1`, `$2`, … (the store's statements hold no `?` inside string literals). */
export function numberPlaceholders(sql) {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
}
//# sourceMappingURL=sql-executor.js.map