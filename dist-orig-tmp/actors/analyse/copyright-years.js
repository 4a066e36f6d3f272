/**
 * Copyright notices in a page's text (`© 2014`, `Copyright 2009-2016 Acme`, `(c) 2012`), a
 * strong hint of when a site was last touched.
 */
/** Websites did not exist before this year; earlier numbers are not copyright years of a site. */
const EARLIEST_YEAR = 1990;
/** Characters after a copyright sign searched for its year. */
const NOTICE_WINDOW_CHARS = 80;
const COPYRIGHT_MARKER = /©|&copy;|\(c\)|copyright|copr\./gi;
/**
 * A year at most 60 non-digit characters after the marker (`© Acme Corp 2014`), optionally the
 * end of a range (`2009-2016`, `2009–16`, `2009 to 2016`, `2009 à 2016`). Applied to a bounded
 * window, so backtracking stays bounded too.
 */
const NOTICE_YEARS = /^[^\d\n]{0,60}?((?:19|20)\d\d)(?!\d)(?:\s*(?:-|–|—|‑|\/|to|à|au|bis|until)\s*((?:19|20)?\d\d)(?!\d))?/i;
/**
 * The years of the copyright notices in `text`: for a range, its last year. Years before 1990 or
 * after `latestYear` are ignored.
 *
 * @param latestYear latest plausible year, usually the current year
 * @returns distinct years, ascending
 */
export function findCopyrightYears(text, latestYear) {
    const years = new Set();
    COPYRIGHT_MARKER.lastIndex = 0;
    for (let marker = COPYRIGHT_MARKER.exec(text); marker !== null; marker = COPYRIGHT_MARKER.exec(text)) {
        const after = marker.index + marker[0].length;
        const notice = NOTICE_YEARS.exec(text.slice(after, after + NOTICE_WINDOW_CHARS));
        if (notice === null)
            continue;
        const start = Number(notice[1]);
        let year = start;
        if (notice[2] !== undefined) {
            const end = notice[2].length === 2 ? Math.floor(start / 100) * 100 + Number(notice[2]) : Number(notice[2]);
            if (end >= start && end <= latestYear)
                year = end;
        }
        if (year >= EARLIEST_YEAR && year <= latestYear)
            years.add(year);
    }
    return [...years].sort((a, b) => a - b);
}
//# sourceMappingURL=copyright-years.js.map