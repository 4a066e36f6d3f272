/**
 * People and e-mail intelligence end to end: fixture sites in five languages analysed through
 * the gateway, with a local DNS server as the product's resolver. Shared by the embedded and
 * distributed suites. It also measures precision and recall of people on the fixtures.
 */
import { expect } from 'chai';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { MAX_PEOPLE_PER_COMPANY } from '../../actors/people/company-people.js';
import { PEOPLE_SITES, servePeopleSites } from '../fixtures/people-sites.js';
import { startDnsServer } from '../helpers/dns-server.js';
import { collect, gqlData, within, wsClient } from '../helpers/graphql.js';
import { ANALYSIS_SUBSCRIPTION, START_ANALYSIS } from './analysis-flow.js';
/** The test resolver: MX, A only, NXDOMAIN (anything unlisted) and a domain that never answers. */
export function startPeopleDns() {
    return startDnsServer({
        'lefevre-associes.fr': { mx: ['mx1.lefevre-associes.fr'] },
        'mueller-praezision.de': { mx: ['mail.mueller-praezision.de'] },
        'northwind-studio.co.uk': { a: ['192.0.2.44'] },
        'studiobianchi.it': { silent: true },
        'wanadoo.fr': { mx: ['smtp-in.orange.fr'] },
        'gmx.de': { mx: ['mx00.gmx.net'] },
        'crowd-sarl.fr': { mx: ['mx.crowd-sarl.fr'] },
        es: {}, // the TLD exists, so martinezabogados.es (unlisted) is DOMAIN_MISSING, not UNKNOWN
    });
}
const JOB_PEOPLE = `query ($id: ID!) { job(id: $id) { status companies {
  name status
  emails { address kind personName freeWebmail disposable deliverability }
  people { name firstName lastName role seniority email emailGuess phone linkedinUrl sources confidence }
  emailPattern { pattern domain confidence examples }
} } }`;
const EXPECTED = {
    'cabinet-fr': {
        company: 'Cabinet Lefèvre & Associés',
        people: [
            [
                'Hélène Lefèvre',
                'Expert-comptable associée, fondatrice',
                'OWNER_EXECUTIVE',
                'helene.lefevre@lefevre-associes.fr',
                null,
                null,
                'https://www.linkedin.com/in/helene-lefevre-expert',
                ['/equipe.html', '/mentions-legales.html'],
            ],
            ['Julien Moreau', 'Responsable du pôle social et paie', 'MANAGER', 'julien.moreau@lefevre-associes.fr', null, '+33478001105', null, ['/equipe.html']],
            ['Amandine Rousseau', 'Assistante comptable', 'STAFF', null, 'amandine.rousseau@lefevre-associes.fr', null, null, ['/equipe.html']],
            ['Thomas Girard', 'Chargé de clientèle', 'STAFF', 'thomas.girard@lefevre-associes.fr', null, '+33478001107', null, ['/collaborateurs.html']],
            ['Claire Fontaine', 'Comptable', 'STAFF', null, 'claire.fontaine@lefevre-associes.fr', null, null, ['/collaborateurs.html']],
            [
                'Sophie Marchand',
                'Contact presse',
                'UNKNOWN',
                null,
                'sophie.marchand@lefevre-associes.fr',
                '+33612345678',
                null,
                ['/actualites/communique-nouveau-bureau.html'],
            ],
        ],
        pattern: { pattern: '{first}.{last}', domain: 'lefevre-associes.fr', examples: 3 },
        emails: {
            'contact@lefevre-associes.fr': ['GENERIC', null, false, 'MX_OK'],
            'recrutement@lefevre-associes.fr': ['GENERIC', null, false, 'MX_OK'],
            'dpo@lefevre-associes.fr': ['GENERIC', null, false, 'MX_OK'],
            'compta@lefevre-associes.fr': ['ROLE', null, false, 'MX_OK'],
            'presse@lefevre-associes.fr': ['ROLE', null, false, 'MX_OK'],
            'helene.lefevre@lefevre-associes.fr': ['PERSONAL', 'Hélène Lefèvre', false, 'MX_OK'],
            'julien.moreau@lefevre-associes.fr': ['PERSONAL', 'Julien Moreau', false, 'MX_OK'],
            'thomas.girard@lefevre-associes.fr': ['PERSONAL', 'Thomas Girard', false, 'MX_OK'],
            'cabinet.lefevre@wanadoo.fr': ['GENERIC', null, true, 'MX_OK'],
            'lucas@pixel-rhone.fr': ['PERSONAL', null, false, 'DOMAIN_MISSING'],
        },
    },
    'werkstatt-de': {
        company: 'Müller Präzisionstechnik GmbH',
        people: [
            [
                'Stefan Müller',
                'Geschäftsführer',
                'OWNER_EXECUTIVE',
                's.mueller@mueller-praezision.de',
                null,
                '+4971112345610',
                null,
                ['/unternehmen/ansprechpartner.html', '/impressum.html'],
            ],
            ['Jürgen Weiß', 'Vertriebsleiter', 'MANAGER', 'j.weiss@mueller-praezision.de', null, null, null, ['/unternehmen/ansprechpartner.html']],
            ['Anna Schäfer', 'Buchhaltung', 'STAFF', 'a.schaefer@mueller-praezision.de', null, null, null, ['/unternehmen/ansprechpartner.html']],
            [
                'Lukas Becker',
                'Auszubildender Zerspanungsmechaniker',
                'STAFF',
                null,
                'l.becker@mueller-praezision.de',
                null,
                null,
                ['/unternehmen/ansprechpartner.html'],
            ],
        ],
        pattern: { pattern: '{f}.{last}', domain: 'mueller-praezision.de', examples: 3 },
        emails: {
            'info@mueller-praezision.de': ['GENERIC', null, false, 'MX_OK'],
            'datenschutz@mueller-praezision.de': ['GENERIC', null, false, 'MX_OK'],
            'vertrieb@mueller-praezision.de': ['ROLE', null, false, 'MX_OK'],
            's.mueller@mueller-praezision.de': ['PERSONAL', 'Stefan Müller', false, 'MX_OK'],
            'j.weiss@mueller-praezision.de': ['PERSONAL', 'Jürgen Weiß', false, 'MX_OK'],
            'a.schaefer@mueller-praezision.de': ['PERSONAL', 'Anna Schäfer', false, 'MX_OK'],
            'notdienst.mueller@gmx.de': ['PERSONAL', null, true, 'MX_OK'],
        },
    },
    'studio-en': {
        company: 'Northwind Studio',
        people: [
            [
                'Oliver Bennett',
                'Founder & Managing Director',
                'OWNER_EXECUTIVE',
                'oliver@northwind-studio.co.uk',
                null,
                null,
                'https://www.linkedin.com/in/oliverbennett',
                ['/'],
            ],
            ['Emily Clarke', 'Head of Design', 'MANAGER', 'emily@northwind-studio.co.uk', null, null, null, ['/about.html']],
            [
                "James O'Connor",
                'Senior Developer',
                'STAFF',
                null,
                'james@northwind-studio.co.uk',
                null,
                'https://www.linkedin.com/in/james-oconnor-dev',
                ['/about.html'],
            ],
            ['Grace Turner', 'Press enquiries', 'UNKNOWN', 'grace@northwind-studio.co.uk', null, null, null, ['/about.html']],
        ],
        pattern: { pattern: '{first}', domain: 'northwind-studio.co.uk', examples: 3 },
        emails: {
            'hello@northwind-studio.co.uk': ['GENERIC', null, false, 'NO_MX'],
            'jobs@northwind-studio.co.uk': ['GENERIC', null, false, 'NO_MX'],
            'oliver@northwind-studio.co.uk': ['PERSONAL', 'Oliver Bennett', false, 'NO_MX'],
            'emily@northwind-studio.co.uk': ['PERSONAL', 'Emily Clarke', false, 'NO_MX'],
            'grace@northwind-studio.co.uk': ['PERSONAL', 'Grace Turner', false, 'NO_MX'],
        },
    },
    'despacho-es': {
        company: 'Despacho Martínez Abogados',
        people: [
            ['Javier Martínez Ruiz', 'Socio director', 'OWNER_EXECUTIVE', 'jmartinez@martinezabogados.es', null, null, null, ['/equipo.html', '/aviso-legal.html']],
            ['Lucía Fernández', 'Abogada laboralista', 'STAFF', 'lfernandez@martinezabogados.es', null, '+34911234567', null, ['/equipo.html']],
            ['Pablo Sánchez', 'Administrativo', 'STAFF', null, 'psanchez@martinezabogados.es', null, null, ['/equipo.html']],
        ],
        pattern: { pattern: '{f}{last}', domain: 'martinezabogados.es', examples: 2 },
        emails: {
            'info@martinezabogados.es': ['GENERIC', null, false, 'DOMAIN_MISSING'],
            'privacidad@martinezabogados.es': ['GENERIC', null, false, 'DOMAIN_MISSING'],
            'jmartinez@martinezabogados.es': ['PERSONAL', 'Javier Martínez Ruiz', false, 'DOMAIN_MISSING'],
            'lfernandez@martinezabogados.es': ['PERSONAL', 'Lucía Fernández', false, 'DOMAIN_MISSING'],
        },
    },
    'studio-it': {
        company: 'Studio Bianchi Architetti',
        people: [
            [
                'Marco Bianchi',
                'Titolare e fondatore',
                'OWNER_EXECUTIVE',
                'marco.bianchi@studiobianchi.it',
                null,
                null,
                null,
                ['/chi-siamo.html', '/note-legali.html'],
            ],
            ['Giulia Conti', 'Responsabile progettazione', 'MANAGER', 'giulia.conti@studiobianchi.it', null, '+393471234567', null, ['/chi-siamo.html']],
            ['Francesco Greco', 'Geometra, direzione lavori', 'STAFF', null, 'francesco.greco@studiobianchi.it', null, null, ['/chi-siamo.html']],
            ['Elena Ricci', 'Ufficio stampa', 'STAFF', null, 'elena.ricci@studiobianchi.it', null, null, ['/contatti.html']],
        ],
        pattern: { pattern: '{first}.{last}', domain: 'studiobianchi.it', examples: 2 },
        emails: {
            'info@studiobianchi.it': ['GENERIC', null, false, 'UNKNOWN'],
            'stampa@studiobianchi.it': ['ROLE', null, false, 'UNKNOWN'],
            'amministrazione@studiobianchi.it': ['ROLE', null, false, 'UNKNOWN'],
            'marco.bianchi@studiobianchi.it': ['PERSONAL', 'Marco Bianchi', false, 'UNKNOWN'],
            'giulia.conti@studiobianchi.it': ['PERSONAL', 'Giulia Conti', false, 'UNKNOWN'],
        },
    },
};
/** Precision and recall of people names over the fixture sites (printed for the record). */
function precisionRecall(found) {
    let truePositives = 0;
    let foundCount = 0;
    let expectedCount = 0;
    for (const [site, expected] of Object.entries(EXPECTED)) {
        const names = new Set(expected.people.map((p) => p[0]));
        const got = found.get(site) ?? [];
        foundCount += got.length;
        expectedCount += names.size;
        truePositives += got.filter((n) => names.has(n)).length;
    }
    return {
        precision: truePositives / Math.max(1, foundCount),
        recall: truePositives / Math.max(1, expectedCount),
        truePositives,
        found: foundCount,
        expected: expectedCount,
    };
}
export function describePeopleFlow(getUrl) {
    let sites;
    let client;
    before(async () => {
        sites = await servePeopleSites();
    });
    after(async () => {
        await sites?.close();
    });
    beforeEach(() => {
        client = wsClient(getUrl());
    });
    afterEach(async () => {
        await client?.dispose();
    });
    it('finds the exact people, e-mail pattern, guesses, e-mail kinds and deliverability of sites in five languages; a hostile site harms nothing', async () => {
        const url = getUrl();
        const companies = [
            ...PEOPLE_SITES.map((site) => ({ name: EXPECTED[site].company, website: sites.urls[site] })),
            { name: 'Crowd SARL', website: sites.urls.crowd },
        ];
        const { startAnalysis } = await gqlData(url, START_ANALYSIS, { input: { companies, options: { concurrency: 3 } } });
        const sub = collect(client, ANALYSIS_SUBSCRIPTION, { jobId: startAnalysis.id }, 'analysisEvents');
        await within(sub.done, 170_000, 'the analysis to end');
        const { job } = await gqlData(url, JOB_PEOPLE, { id: startAnalysis.id });
        expect(job.status).to.equal('COMPLETED');
        const foundNames = new Map();
        for (const site of PEOPLE_SITES) {
            const expected = EXPECTED[site];
            const company = job.companies.find((c) => c.name === expected.company);
            expect(company.status, site).to.equal('OK');
            const base = sites.urls[site];
            foundNames.set(site, company.people.map((p) => p.name));
            const rows = company.people.map((p) => [
                p.name,
                p.role,
                p.seniority,
                p.email,
                p.emailGuess,
                p.phone,
                p.linkedinUrl,
                p.sources.map((s) => `/${s.slice(base.length)}`).sort(),
            ]);
            const want = expected.people.map((r) => [...r.slice(0, 7), [...r[7]].sort()]);
            expect(rows.sort(), site).to.deep.equal(want.sort());
            for (const p of company.people) {
                expect(p.confidence, `${site} ${p.name}`).to.be.within(0.5, 1);
                expect(p.firstName && p.lastName && `${p.firstName} ${p.lastName}`).to.equal(p.name);
            }
            expect(company.emailPattern && { pattern: company.emailPattern.pattern, domain: company.emailPattern.domain, examples: company.emailPattern.examples }, site).to.deep.equal(expected.pattern);
            expect(company.emailPattern.confidence).to.be.within(0.5, 1);
            const emails = Object.fromEntries(company.emails.map((e) => [e.address, [e.kind, e.personName, e.freeWebmail, e.deliverability]]));
            expect(emails, site).to.deep.equal(expected.emails);
            expect(company.emails.every((e) => e.disposable === false)).to.equal(true);
        }
        const score = precisionRecall(foundNames);
        console.log(`      people on the fixture sites: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (${score.truePositives} right of ${score.found} found, ${score.expected} expected)`);
        expect(score).to.include({ precision: 1, recall: 1 });
        const crowd = job.companies.find((c) => c.name === 'Crowd SARL');
        expect(crowd.status).to.equal('OK');
        expect(crowd.people.length).to.be.within(1, MAX_PEOPLE_PER_COMPANY);
        expect(crowd.people[0]).to.include({ name: 'Bruno Faure', role: 'Gérant', email: 'bruno.faure@crowd-sarl.fr' });
        expect(crowd.people.filter((p) => p.emailGuess !== null)).to.deep.equal([]);
        const csv = await fetch(`${url}/jobs/${startAnalysis.id}/export-people.csv`);
        expect(csv.status).to.equal(200);
        expect(csv.headers.get('content-disposition')).to.match(/attachment; filename=".+-people\.csv"/);
        const csvRows = parseCsv((await csv.text()).replace(/^\uFEFF/, ''), { columns: true });
        const fixtureRows = csvRows.filter((r) => r.company !== 'Crowd SARL');
        expect(fixtureRows.map((r) => `${r.company}|${r.name}|${r.email}|${r.email_guess}`).sort()).to.deep.equal(PEOPLE_SITES.flatMap((site) => EXPECTED[site].people.map((p) => `${EXPECTED[site].company}|${p[0]}|${p[3] ?? ''}|${p[4] ?? ''}`)).sort());
        const xlsx = await fetch(`${url}/jobs/${startAnalysis.id}/export.xlsx`);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()));
        expect(workbook.getWorksheet('People').actualRowCount).to.equal(csvRows.length + 1);
        const json = (await (await fetch(`${url}/jobs/${startAnalysis.id}/export.json`)).json());
        expect(json.companies.find((c) => c.name === 'Cabinet Lefèvre & Associés').people).to.have.length(6);
        expect((await fetch(`${url}/jobs/00000000-0000-4000-8000-000000000000/export-people.csv`)).status).to.equal(404);
    });
}
//# sourceMappingURL=people-flow.js.map