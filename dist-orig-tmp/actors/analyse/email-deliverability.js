/** Distinct domains checked for one report; addresses on others stay UNKNOWN. @default 25 */
export const MAX_CHECKED_DOMAINS = 25;
/**
 * The report with every e-mail's deliverability; UNKNOWN for all when there is no checker, and
 * for those not known yet when `signal` aborts (a cancelled job does not wait for DNS).
 */
export async function withDeliverability(report, checker, signal) {
    if (report.emails.length === 0)
        return report;
    const domains = [...new Set(report.emails.map((e) => e.address.slice(e.address.lastIndexOf('@') + 1)))].slice(0, MAX_CHECKED_DOMAINS);
    const verdicts = new Map();
    if (checker && !signal?.aborted) {
        let onAbort;
        const aborted = new Promise((resolve) => {
            onAbort = resolve;
            signal?.addEventListener('abort', onAbort, { once: true });
        });
        try {
            await Promise.race([Promise.all(domains.map(async (d) => verdicts.set(d, await checker.check(d).catch(() => 'UNKNOWN')))), aborted]);
        }
        finally {
            if (onAbort)
                signal?.removeEventListener('abort', onAbort);
        }
    }
    return {
        ...report,
        emails: report.emails.map((e) => ({ ...e, deliverability: verdicts.get(e.address.slice(e.address.lastIndexOf('@') + 1)) ?? 'UNKNOWN' })),
    };
}
//# sourceMappingURL=email-deliverability.js.map