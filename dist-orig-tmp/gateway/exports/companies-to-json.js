/** `{ job, companies }` as indented JSON; only the listed job fields are written. */
export function companiesToJson(job, reports) {
    const { id, kind, status, label, createdAt, finishedAt } = job;
    return `${JSON.stringify({ job: { id, kind, status, label, createdAt, finishedAt }, companies: reports }, null, 2)}\n`;
}
//# sourceMappingURL=companies-to-json.js.map