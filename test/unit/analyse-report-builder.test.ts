import { expect } from 'chai';
import { CompanyReportBuilder, type CompanyPage } from '../../actors/analyse/company-report-builder.js';
import { companyInput } from '../helpers/company-input.js';

const input = companyInput('Acme Paris', 'http://127.0.0.1:8080/');

function page(path: string, body: string, emails: { address: string; context: string }[] = []): CompanyPage {
  const url = `http://127.0.0.1:8080${path}`;
  return {
    finalUrl: url,
    status: 200,
    headers: {},
    title: path,
    links: [],
    responseTimeMs: 10,
    text: '',
    html: `<!DOCTYPE html><html lang="fr"><head><title>Acme Paris</title></head><body><main>${body}</main><footer><p>Tél. 01 42 68 53 00 · <a href="mailto:contact@acme-paris.fr">contact@acme-paris.fr</a></p><p><a href="https://www.facebook.com/acmeparis">fb</a></p></footer></body></html>`,
    emails: [
      { address: 'contact@acme-paris.fr', pageUrl: url, context: 'Tél. 01 42 68 53 00 · contact@acme-paris.fr' },
      ...emails.map((e) => ({ ...e, pageUrl: url })),
    ],
  };
}

describe('CompanyReportBuilder', () => {
  it('detects a technology that only a late page loads, and counts new contacts per page', () => {
    const builder = new CompanyReportBuilder(input);
    expect(builder.addPage(page('/', '<p>Bienvenue</p>'))).to.equal(2);
    for (let i = 1; i <= 8; i++) expect(builder.addPage(page(`/p${i}`, `<p>Page ${i}</p>`))).to.equal(0);
    builder.addPage(page('/video', '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>'));
    const report = builder.build();
    expect(report.technologies.map((t) => t.name)).to.include('YouTube');
    expect(report.technologies.find((t) => t.name === 'YouTube')!.evidence!.join(' ')).to.match(/youtube/);
  });

  it("gives each contact its owner and keeps the company's profiles apart from third parties'", () => {
    const builder = new CompanyReportBuilder(input);
    builder.addPage(page('/', '<p>Bienvenue</p>'));
    builder.addPage(
      page(
        '/mentions-legales',
        '<h1>Mentions légales</h1><h2>Éditeur</h2><p>Acme Paris SAS</p><h2>Conception et réalisation</h2><p>Agence Pixel – <a href="mailto:hello@pixel.fr">hello@pixel.fr</a> – 05 61 00 00 00 – <a href="https://www.facebook.com/pixelagence">fb</a></p>',
        [{ address: 'hello@pixel.fr', context: 'Agence Pixel – hello@pixel.fr' }],
      ),
    );
    const report = builder.build();
    expect(report.emails.map((e) => [e.address, e.owner])).to.deep.equal([
      ['contact@acme-paris.fr', 'COMPANY'],
      ['hello@pixel.fr', 'THIRD_PARTY'],
    ]);
    expect(report.phones.map((p) => [p.number, p.owner, p.kind])).to.deep.equal([
      ['+33142685300', 'COMPANY', 'PHONE'],
      ['+33561000000', 'THIRD_PARTY', 'PHONE'],
    ]);
    expect(report.socialProfiles.map((p) => p.url)).to.deep.equal(['https://www.facebook.com/acmeparis']);
    expect(report.thirdPartyProfiles!.map((p) => p.url)).to.deep.equal(['https://www.facebook.com/pixelagence']);
  });
});
