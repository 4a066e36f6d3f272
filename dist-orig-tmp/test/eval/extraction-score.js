export const FIELDS = ['emails', 'phones', 'social', 'technologies'];
/** The acceptance thresholds of issue 10. */
export const ISSUE_THRESHOLDS = {
    precision: { emails: 0.98, phones: 0.95, social: 0.95 },
    recall: { emails: 0.98, phones: 0.95, social: 0.95, technologies: 0.9 },
};
/** Profile URLs compared without scheme, `www.`, case or trailing slash; twitter.com is x.com. */
export function socialKey(url) {
    return url
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^(?:www|m|mobile)\./, '')
        .replace(/^twitter\.com\//, 'x.com/')
        .replace(/^threads\.net\//, 'threads.com/')
        .replace(/\/+$/, '');
}
function compare(expected, reported, errors, label) {
    const want = new Set(expected);
    const got = new Set(reported);
    const counts = { tp: 0, fp: 0, fn: 0 };
    for (const value of got) {
        if (want.has(value))
            counts.tp += 1;
        else {
            counts.fp += 1;
            errors.push(`+${label} ${value}`);
        }
    }
    for (const value of want) {
        if (!got.has(value)) {
            counts.fn += 1;
            errors.push(`-${label} ${value}`);
        }
    }
    return counts;
}
const own = (owner) => owner !== 'THIRD_PARTY';
/** Scores one site's report (a missing report misses everything). */
export function scoreSite(labels, report) {
    const errors = [];
    const emails = compare(labels.emails.map((e) => e.toLowerCase()), (report?.emails ?? []).filter((e) => own(e.owner)).map((e) => e.address.toLowerCase()), errors, 'email');
    const reportedPhones = (report?.phones ?? []).filter((p) => own(p.owner));
    const phones = compare(labels.phones.map((p) => p.number), reportedPhones.map((p) => p.number), errors, 'phone');
    let wrongKinds = 0;
    for (const expected of labels.phones) {
        const found = reportedPhones.find((p) => p.number === expected.number);
        if (found?.kind !== undefined && found.kind !== expected.kind) {
            wrongKinds += 1;
            errors.push(`~kind ${expected.number} ${found.kind ?? 'none'} (want ${expected.kind})`);
        }
    }
    const social = compare(labels.social.map(socialKey), (report?.socialProfiles ?? []).map((s) => socialKey(s.url)), errors, 'social');
    const reportedTech = new Set((report?.technologies ?? []).map((t) => t.name));
    const technologies = { tp: 0, fp: 0, fn: 0 };
    for (const name of labels.technologies) {
        if (reportedTech.has(name))
            technologies.tp += 1;
        else {
            technologies.fn += 1;
            errors.push(`-tech ${name}`);
        }
    }
    return { id: labels.id, pagesVisited: report?.pagesVisited ?? 0, counts: { emails, phones, social, technologies }, errors, wrongKinds };
}
export function precision(c) {
    return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}
export function recall(c) {
    return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}
/** Micro-averaged counts of every site, per field. */
export function totals(sites) {
    const sum = {};
    for (const field of FIELDS) {
        sum[field] = { tp: 0, fp: 0, fn: 0 };
        for (const site of sites) {
            sum[field].tp += site.counts[field].tp;
            sum[field].fp += site.counts[field].fp;
            sum[field].fn += site.counts[field].fn;
        }
    }
    return sum;
}
/** The thresholds not met, in words (empty when all pass). */
export function failedThresholds(sum, thresholds = ISSUE_THRESHOLDS) {
    const failures = [];
    for (const field of FIELDS) {
        const p = thresholds.precision[field];
        const r = thresholds.recall[field];
        if (p !== undefined && precision(sum[field]) < p)
            failures.push(`${field} precision ${precision(sum[field]).toFixed(3)} < ${p}`);
        if (r !== undefined && recall(sum[field]) < r)
            failures.push(`${field} recall ${recall(sum[field]).toFixed(3)} < ${r}`);
    }
    return failures;
}
/** A plain-text table: one line per site, then the totals per field. */
export function formatScores(sites) {
    const pct = (x) => x.toFixed(2).padStart(5);
    const lines = [];
    lines.push(`${'site'.padEnd(30)} pages  email P/R    phone P/R    social P/R   tech R`);
    for (const s of sites) {
        const c = s.counts;
        lines.push(`${s.id.padEnd(30)} ${String(s.pagesVisited).padStart(5)}  ${pct(precision(c.emails))}/${pct(recall(c.emails))}  ${pct(precision(c.phones))}/${pct(recall(c.phones))}  ${pct(precision(c.social))}/${pct(recall(c.social))}  ${pct(recall(c.technologies))}`);
        for (const error of s.errors)
            lines.push(`    ${error}`);
    }
    const sum = totals(sites);
    lines.push('');
    lines.push('field         precision  recall   tp   fp   fn');
    for (const field of FIELDS) {
        const c = sum[field];
        const p = field === 'technologies' ? '    -    ' : `  ${precision(c).toFixed(3)}  `;
        lines.push(`${field.padEnd(12)}${p}   ${recall(c).toFixed(3)}  ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`);
    }
    const kinds = sites.reduce((n, s) => n + s.wrongKinds, 0);
    lines.push(`phone kinds wrong: ${kinds} of ${sum.phones.tp} found`);
    lines.push(`pages per company: ${(sites.reduce((n, s) => n + s.pagesVisited, 0) / Math.max(1, sites.length)).toFixed(1)}`);
    return lines.join('\n');
}
//# sourceMappingURL=extraction-score.js.map