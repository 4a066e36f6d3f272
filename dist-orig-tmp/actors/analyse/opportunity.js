import { LEGACY_MARKUP } from './legacy-markup.js';
import { obsoleteFinding } from './obsolete-technologies.js';
/** Points by signal. */
const POINTS = {
    noHttps: 20,
    noViewport: 20,
    /** Copyright: base + per year of age, from {@link MIN_COPYRIGHT_AGE_YEARS}, capped. */
    copyrightBase: 5,
    copyrightPerYear: 3,
    copyrightMax: 35,
    /** Sum of obsolete-technology points kept. */
    technologiesMax: 40,
    /** Sum of legacy-markup points kept (plug-ins are counted apart). */
    markupMax: 30,
    slow: 10,
    verySlow: 15,
};
/** A copyright this many years old or newer says nothing. */
const MIN_COPYRIGHT_AGE_YEARS = 2;
const SLOW_RESPONSE_MS = 3000;
const VERY_SLOW_RESPONSE_MS = 6000;
/** Level thresholds on the 0–100 score. */
const HIGH_SCORE = 60;
const MEDIUM_SCORE = 30;
/** Points per legacy-markup label; plug-in labels become reasons of their own. */
const MARKUP_POINTS = {
    [LEGACY_MARKUP.frameset]: 20,
    [LEGACY_MARKUP.marquee]: 10,
    [LEGACY_MARKUP.font]: 10,
    [LEGACY_MARKUP.center]: 8,
    [LEGACY_MARKUP.tableLayout]: 10,
    [LEGACY_MARKUP.oldDoctype]: 10,
    [LEGACY_MARKUP.noDoctype]: 5,
    [LEGACY_MARKUP.ieConditionalComments]: 5,
};
/** Points for a legacy-markup label this table does not know. */
const UNKNOWN_MARKUP_POINTS = 5;
const PLUGIN_POINTS = {
    [LEGACY_MARKUP.flash]: 20,
    [LEGACY_MARKUP.javaApplet]: 15,
    [LEGACY_MARKUP.silverlight]: 15,
};
function copyrightReason(years, currentYear) {
    const valid = years.filter((year) => Number.isInteger(year) && year <= currentYear);
    if (valid.length === 0)
        return null;
    const newest = Math.max(...valid);
    const age = currentYear - newest;
    if (age < MIN_COPYRIGHT_AGE_YEARS)
        return null;
    return {
        points: Math.min(POINTS.copyrightMax, POINTS.copyrightBase + POINTS.copyrightPerYear * age),
        text: `Copyright year ${newest} (${age} years old)`,
    };
}
function technologyReasons(technologies, pluginsSeen) {
    const reasons = [];
    const seen = new Set();
    for (const technology of technologies) {
        const finding = obsoleteFinding(technology);
        if (finding === null || seen.has(finding.reason))
            continue;
        seen.add(finding.reason);
        if (finding.markupLabel !== null) {
            if (pluginsSeen.has(finding.markupLabel))
                continue;
            pluginsSeen.add(finding.markupLabel);
        }
        reasons.push({ points: finding.points, text: finding.reason });
    }
    // Keep the strongest findings within the budget; the last one kept may be cut.
    reasons.sort((a, b) => b.points - a.points);
    let budget = POINTS.technologiesMax;
    return reasons
        .map((reason) => {
        const points = Math.min(reason.points, budget);
        budget -= points;
        return { points, text: reason.text };
    })
        .filter((reason) => reason.points > 0);
}
function markupReasons(labels, pluginsSeen) {
    const reasons = [];
    const plain = [];
    let plainPoints = 0;
    for (const label of new Set(labels)) {
        if (typeof label !== 'string' || label.length === 0)
            continue;
        const pluginPoints = PLUGIN_POINTS[label];
        if (pluginPoints !== undefined) {
            if (!pluginsSeen.has(label))
                reasons.push({ points: pluginPoints, text: `${label} content` });
            pluginsSeen.add(label);
            continue;
        }
        plain.push(label);
        plainPoints += MARKUP_POINTS[label] ?? UNKNOWN_MARKUP_POINTS;
    }
    if (plain.length > 0) {
        reasons.push({ points: Math.min(POINTS.markupMax, plainPoints), text: `Legacy markup: ${plain.join(', ')}` });
    }
    return reasons;
}
function responseReason(responseTimeMs) {
    if (typeof responseTimeMs !== 'number' || !Number.isFinite(responseTimeMs) || responseTimeMs < SLOW_RESPONSE_MS)
        return null;
    return {
        points: responseTimeMs >= VERY_SLOW_RESPONSE_MS ? POINTS.verySlow : POINTS.slow,
        text: `Slow response (${(responseTimeMs / 1000).toFixed(1)} s)`,
    };
}
/**
 * Scores how strong a sales lead a site is (0 = modern, 100 = very dated): additive points per
 * signal, each with a reason, capped at 100; reasons strongest first (ties in signal order).
 * Level HIGH from 60, MEDIUM from 30, else LOW.
 *
 * @throws RangeError when `now` is an invalid date
 */
export function scoreOpportunity(signals) {
    const now = signals.now ?? new Date();
    if (Number.isNaN(now.getTime()))
        throw new RangeError('now must be a valid date');
    // Flash, applets and Silverlight may be seen both as technologies and as markup: count once.
    const pluginsSeen = new Set();
    const candidates = [
        copyrightReason(signals.copyrightYears ?? [], now.getUTCFullYear()),
        ...technologyReasons(signals.technologies ?? [], pluginsSeen),
        signals.https === false ? { points: POINTS.noHttps, text: 'No HTTPS' } : null,
        !signals.hasViewport ? { points: POINTS.noViewport, text: 'No mobile viewport' } : null,
        ...markupReasons(signals.legacyMarkup ?? [], pluginsSeen),
        responseReason(signals.responseTimeMs),
    ];
    const reasons = candidates.filter((reason) => reason !== null);
    // Array.prototype.sort is stable: equal points keep the order above.
    reasons.sort((a, b) => b.points - a.points);
    const score = Math.min(100, reasons.reduce((sum, reason) => sum + reason.points, 0));
    return {
        score,
        level: score >= HIGH_SCORE ? 'HIGH' : score >= MEDIUM_SCORE ? 'MEDIUM' : 'LOW',
        reasons: reasons.map((reason) => reason.text),
    };
}
//# sourceMappingURL=opportunity.js.map