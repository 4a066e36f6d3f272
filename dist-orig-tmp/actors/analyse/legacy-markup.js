/**
 * Markup that betrays an old website: framesets, presentational tags, table layouts, plug-ins
 * (Flash, Java applets, Silverlight), pre-HTML5 doctypes and IE conditional comments.
 */
/** The legacy-markup signals {@link LegacyMarkupDetector} reports, by key. */
export const LEGACY_MARKUP = Object.freeze({
    frameset: 'frameset',
    flash: 'Flash',
    javaApplet: 'Java applet',
    silverlight: 'Silverlight',
    marquee: 'marquee/blink',
    font: '<font> tags',
    center: '<center>',
    tableLayout: 'table layout',
    oldDoctype: 'pre-HTML5 doctype',
    noDoctype: 'no doctype',
    ieConditionalComments: 'IE conditional comments',
});
/** Elements that are a legacy signal by themselves, whatever their attributes. */
const LEGACY_ELEMENTS = Object.freeze({
    frameset: LEGACY_MARKUP.frameset,
    frame: LEGACY_MARKUP.frameset,
    font: LEGACY_MARKUP.font,
    center: LEGACY_MARKUP.center,
    marquee: LEGACY_MARKUP.marquee,
    blink: LEGACY_MARKUP.marquee,
    applet: LEGACY_MARKUP.javaApplet,
});
/** Attributes that size or colour tables: a table used for layout, not data. */
const PRESENTATIONAL_TABLE_ATTRIBUTES = ['width', 'height', 'bgcolor', 'cellpadding', 'cellspacing', 'background', 'align', 'valign'];
const FLASH_TYPE = 'application/x-shockwave-flash';
const FLASH_CLASS_ID = 'd27cdb6e-ae6d-11cf-96b8-444553540000';
function isSwf(url) {
    return url !== undefined && /\.swf(?:$|[?#])/i.test(url.trim());
}
function hasPresentationalAttribute(attributes) {
    return PRESENTATIONAL_TABLE_ATTRIBUTES.some((name) => attributes[name] !== undefined);
}
/** Whether a doctype declaration (`!DOCTYPE …` as the parser reports it) predates HTML5. */
export function isPreHtml5Doctype(declaration) {
    return /\bpublic\s+["']-\/\/(?:w3c|ietf|w3o)\/\/dtd\s+(?:x?html|html)\b/i.test(declaration) && !/about:legacy-compat/i.test(declaration);
}
/**
 * Collects legacy-markup signals while a document is parsed: feed it the parser's events in
 * order, then read {@link labels}.
 */
export class LegacyMarkupDetector {
    found = new Set();
    doctypeSeen = false;
    elementSeen = false;
    /** For each open table: whether it, or a table around it, carries presentational attributes. */
    openTables = [];
    /** A `<!DOCTYPE …>` declaration. */
    onDoctype(declaration) {
        if (this.elementSeen)
            return;
        this.doctypeSeen = true;
        if (isPreHtml5Doctype(declaration))
            this.found.add(LEGACY_MARKUP.oldDoctype);
    }
    /** The content of an HTML comment. */
    onComment(data) {
        if (/^\s*\[if\b[^\]]{0,40}\bie\b/i.test(data))
            this.found.add(LEGACY_MARKUP.ieConditionalComments);
    }
    onOpenTag(name, attributes) {
        this.elementSeen = true;
        const signal = Object.hasOwn(LEGACY_ELEMENTS, name) ? LEGACY_ELEMENTS[name] : undefined;
        if (signal !== undefined)
            this.found.add(signal);
        switch (name) {
            case 'embed':
                if (isSwf(attributes.src) || (attributes.type ?? '').toLowerCase().includes(FLASH_TYPE)) {
                    this.found.add(LEGACY_MARKUP.flash);
                }
                break;
            case 'object':
                this.onObject(attributes);
                break;
            case 'param':
                if ((attributes.name ?? '').toLowerCase() === 'movie' && isSwf(attributes.value))
                    this.found.add(LEGACY_MARKUP.flash);
                break;
            case 'table': {
                const presentational = hasPresentationalAttribute(attributes);
                const enclosing = this.openTables.length > 0;
                if (enclosing && (presentational || this.openTables[this.openTables.length - 1])) {
                    this.found.add(LEGACY_MARKUP.tableLayout);
                }
                this.openTables.push(presentational || (enclosing && this.openTables[this.openTables.length - 1]));
                break;
            }
            case 'td':
                // A sized cell makes the table around it a layout table.
                if (this.openTables.length > 0 && hasPresentationalAttribute(attributes)) {
                    this.openTables[this.openTables.length - 1] = true;
                }
                break;
            default:
                break;
        }
    }
    onCloseTag(name) {
        if (name === 'table')
            this.openTables.pop();
    }
    onObject(attributes) {
        const type = (attributes.type ?? '').toLowerCase();
        const classId = (attributes.classid ?? '').toLowerCase();
        if (type.includes(FLASH_TYPE) || isSwf(attributes.data) || classId.includes(FLASH_CLASS_ID)) {
            this.found.add(LEGACY_MARKUP.flash);
        }
        else if (type.startsWith('application/x-silverlight') || (attributes.data ?? '').toLowerCase().includes('x-silverlight')) {
            this.found.add(LEGACY_MARKUP.silverlight);
        }
        else if (type.startsWith('application/x-java-applet') || classId.startsWith('java:')) {
            this.found.add(LEGACY_MARKUP.javaApplet);
        }
    }
    /** The signals found, in {@link LEGACY_MARKUP} order. */
    labels() {
        if (this.elementSeen && !this.doctypeSeen)
            this.found.add(LEGACY_MARKUP.noDoctype);
        return Object.values(LEGACY_MARKUP).filter((label) => this.found.has(label));
    }
}
//# sourceMappingURL=legacy-markup.js.map