/**
 * Everything the analysis found about one company: its people, e-mails with their pages, phones, social
 * profiles, technologies, the opportunity score and its reasons, the site's metadata.
 */
import { externalLink, h, type Child } from '../dom.js';
import { plural, titleCase } from '../format.js';
import type { CompanyReport, EmailHit, Person } from '../types.js';
import { statusBadge } from './status-badge.js';

/** How the networks spell their own names. */
const NETWORK_NAMES: Readonly<Record<string, string>> = {
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  github: 'GitHub',
  x: 'X',
  whatsapp: 'WhatsApp',
};

function networkName(network: string): string {
  return NETWORK_NAMES[network.toLowerCase()] ?? titleCase(network);
}

/** A labelled list section, or a "none found" line when `items` is empty. */
function listSection(title: string, items: readonly Child[], emptyText: string): HTMLElement {
  return h(
    'section',
    { class: 'detail-section' },
    h('h4', {}, title),
    items.length
      ? h(
          'ul',
          { class: 'detail-list' },
          items.map((item) => h('li', {}, item)),
        )
      : h('p', { class: 'muted' }, emptyText),
  );
}

const SENIORITY_LABELS: Readonly<Record<Person['seniority'], string>> = {
  OWNER_EXECUTIVE: 'Owner / executive',
  MANAGER: 'Manager',
  STAFF: 'Staff',
  UNKNOWN: '',
};

const DELIVERABILITY_LABELS: Readonly<Record<NonNullable<EmailHit['deliverability']>, string>> = {
  MX_OK: 'MX OK',
  NO_MX: 'no MX',
  DOMAIN_MISSING: 'domain missing',
  UNKNOWN: '',
};

/** One person: name, role, found e-mail or a clearly marked guess, phone, LinkedIn. */
function personItem(person: Person): Child {
  const seniority = SENIORITY_LABELS[person.seniority];
  return [
    h('strong', { class: 'person-name' }, person.name),
    person.role ? h('span', { class: 'person-role' }, ` — ${person.role}`) : null,
    seniority ? h('span', { class: 'tag' }, seniority) : null,
    person.email
      ? [' ', h('a', { href: `mailto:${person.email}`, class: 'person-email', 'data-found': 'true' }, person.email), h('span', { class: 'tag' }, 'found')]
      : person.emailGuess
        ? [
            ' ',
            h('span', { class: 'email-guess muted', title: "Built from the company's e-mail pattern; not found on the site" }, person.emailGuess),
            h('span', { class: 'tag guess' }, 'guessed'),
          ]
        : null,
    person.phone ? [' ', h('a', { href: `tel:${person.phone}`, class: 'person-phone' }, person.phone)] : null,
    person.linkedinUrl ? [' ', externalLink(person.linkedinUrl, 'LinkedIn')] : null,
    h('span', { class: 'muted' }, ` (confidence ${Math.round(person.confidence * 100)} %)`),
  ];
}

function peopleSection(company: CompanyReport): HTMLElement {
  const people = company.people;
  const pattern = company.emailPattern;
  const section = listSection(`People (${people.length})`, people.map(personItem), 'No named person found.');
  section.classList.add('people-section');
  if (pattern) {
    section.append(
      h(
        'p',
        { class: 'muted email-pattern' },
        `E-mail pattern ${pattern.pattern}@${pattern.domain} (${plural(pattern.examples, 'example', 'examples')}, confidence ${Math.round(pattern.confidence * 100)} %)`,
      ),
    );
  }
  return section;
}

function emailTags(email: EmailHit): Child {
  const deliverability = email.deliverability ? DELIVERABILITY_LABELS[email.deliverability] : '';
  return [
    email.kind ? h('span', { class: 'tag' }, titleCase(email.kind)) : null,
    email.personName ? h('span', { class: 'tag person' }, email.personName) : null,
    email.freeWebmail ? h('span', { class: 'tag' }, 'webmail') : null,
    email.disposable ? h('span', { class: 'tag warning' }, 'disposable') : null,
    deliverability ? h('span', { class: 'tag', 'data-deliverability': email.deliverability }, deliverability) : null,
  ];
}

function facts(company: CompanyReport): HTMLElement {
  const rows: [string, Child][] = [
    ['Status', statusBadge(company.status)],
    ['Website', company.finalUrl || company.website ? externalLink(company.finalUrl ?? company.website) : 'None'],
    ['Sector', company.sector ?? company.category ?? '—'],
    ['Title', company.title ?? '—'],
    ['Description', company.description ?? '—'],
    ['Language', company.language ?? '—'],
    ['Pages visited', String(company.pagesVisited)],
    ['HTTP status', company.httpStatus === null ? '—' : String(company.httpStatus)],
    ['HTTPS', company.https === null ? '—' : company.https ? 'Yes' : 'No'],
    ['Response time', company.responseTimeMs === null ? '—' : `${Math.round(company.responseTimeMs)} ms`],
    ['Address', company.address ?? '—'],
  ];
  return h(
    'dl',
    { class: 'facts' },
    rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]),
  );
}

/**
 * The detail panel of `company`. `onClose` is called by its close button (and Escape); the
 * caller puts the panel in the page and moves focus to its heading.
 */
export function companyDetail(company: CompanyReport, onClose: () => void): HTMLElement {
  const headingId = `company-detail-${company.index}`;
  const opportunity = company.opportunity;
  const panel = h(
    'section',
    { class: 'company-detail card', 'aria-labelledby': headingId, 'data-company': company.name },
    h(
      'header',
      { class: 'detail-header' },
      h('h3', { id: headingId, tabindex: '-1' }, company.name),
      h('button', { type: 'button', class: 'secondary', 'aria-label': `Close the details of ${company.name}`, onclick: onClose }, 'Close'),
    ),
    company.error ? h('p', { class: 'message error' }, company.error) : null,
    facts(company),
    h(
      'section',
      { class: 'detail-section' },
      h('h4', {}, 'Opportunity'),
      opportunity
        ? [
            h(
              'p',
              {},
              h('span', { class: 'badge', 'data-level': opportunity.level.toLowerCase() }, titleCase(opportunity.level)),
              ` score ${opportunity.score} / 100`,
            ),
            opportunity.reasons.length
              ? h(
                  'ul',
                  { class: 'detail-list reasons' },
                  opportunity.reasons.map((r) => h('li', {}, r)),
                )
              : h('p', { class: 'muted' }, 'No particular reason given.'),
          ]
        : h('p', { class: 'muted' }, 'Not scored.'),
    ),
    peopleSection(company),
    listSection(
      `E-mail addresses (${company.emails.length})`,
      company.emails.map((email) => [
        h('a', { href: `mailto:${email.address}`, class: 'email' }, email.address),
        emailTags(email),
        h('span', { class: 'source' }, ' found on ', externalLink(email.pageUrl)),
      ]),
      'No e-mail address found.',
    ),
    listSection(
      `Phone numbers (${company.phones.length})`,
      company.phones.map((phone) => [
        h('a', { href: `tel:${phone.number}` }, phone.number),
        phone.raw && phone.raw !== phone.number ? h('span', { class: 'muted' }, ` (${phone.raw})`) : null,
        h('span', { class: 'source' }, ' found on ', externalLink(phone.pageUrl)),
      ]),
      'No phone number found.',
    ),
    listSection(
      'Social profiles',
      company.socialProfiles.map((profile) => [h('span', { class: 'network' }, networkName(profile.network)), ' ', externalLink(profile.url)]),
      'No social profile found.',
    ),
    listSection(
      'Technologies',
      company.technologies.map((tech) => [
        h('strong', {}, tech.name),
        tech.version ? ` ${tech.version}` : '',
        tech.categories.length ? h('span', { class: 'muted' }, ` — ${tech.categories.join(', ')}`) : null,
      ]),
      'No technology detected.',
    ),
  );
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onClose();
  });
  return panel;
}
