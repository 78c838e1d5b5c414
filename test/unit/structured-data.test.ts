import { describe, expect, it } from 'vitest';
import type { Delegation } from '../../functions/core/content/directory';
import { governmentOrganization } from '../../src/lib/structured-data';

const delegation: Delegation = {
  id: 'russia',
  kind: 'bilateral',
  name_en: 'Delegation of the European Union to Russia',
  seat_city_en: 'Moscow',
  host_country_iso2: 'RU',
  accredited_iso2: ['RU'],
  region: 'Europe-Central Asia',
  local_languages: ['ru'],
  uncertain: false,
  sample_data: true,
  focal_points: [
    {
      role: 'human_rights',
      email: 'human-rights.russia@delegations.eu.example',
      phone: '+7 495 000 0000',
      hours: { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '16:30', time_zone: 'Europe/Moscow' },
      languages: ['ru', 'en'],
      last_verified: new Date('2026-09-10'),
    },
    {
      role: 'hrd_liaison',
      name: 'Irina Petrova',
      name_published_with_consent: true,
      email: 'defenders.russia@delegations.eu.example',
      hours: { days: [6, 7], opens: '10:00', closes: '12:00', time_zone: 'Europe/Moscow' },
      languages: ['ru'],
      last_verified: new Date('2026-09-10'),
    },
    { role: 'human_rights', email: 'no-hours.russia@delegations.eu.example', languages: ['en'], last_verified: new Date('2026-09-10') },
  ],
};

const markup = governmentOrganization(
  delegation,
  'Delegation of the European Union to Russia',
  'https://portal.example/en/delegations/russia/',
);

describe('schema.org markup of a delegation page', () => {
  it('is a GovernmentOrganization with its address, area served and one ContactPoint per focal point', () => {
    expect(markup).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      name: 'Delegation of the European Union to Russia',
      url: 'https://portal.example/en/delegations/russia/',
      address: { '@type': 'PostalAddress', addressLocality: 'Moscow', addressCountry: 'RU' },
      areaServed: [{ '@type': 'Country', identifier: 'RU' }],
    });
    expect(markup.contactPoint).toHaveLength(3);
  });

  it('gives a ContactPoint its role, mailbox, phone, opening hours and languages', () => {
    expect(markup.contactPoint[0]).toEqual({
      '@type': 'ContactPoint',
      contactType: 'Human rights focal point',
      email: 'human-rights.russia@delegations.eu.example',
      telephone: '+7 495 000 0000',
      hoursAvailable: {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [
          'https://schema.org/Monday',
          'https://schema.org/Tuesday',
          'https://schema.org/Wednesday',
          'https://schema.org/Thursday',
          'https://schema.org/Friday',
        ],
        opens: '09:00',
        closes: '16:30',
      },
      availableLanguage: [
        { '@type': 'Language', name: 'Russian', alternateName: 'ru' },
        { '@type': 'Language', name: 'English', alternateName: 'en' },
      ],
    });
  });

  it('reads ISO weekdays 6 and 7 as Saturday and Sunday, and names a person only with consent', () => {
    expect(markup.contactPoint[1]).toMatchObject({
      contactType: 'Liaison officer for human rights defenders',
      name: 'Irina Petrova',
      hoursAvailable: { dayOfWeek: ['https://schema.org/Saturday', 'https://schema.org/Sunday'] },
    });
    expect(markup.contactPoint[1]).not.toHaveProperty('telephone');
  });

  it('leaves out the hours of a focal point that publishes none', () => {
    expect(markup.contactPoint[2]).not.toHaveProperty('hoursAvailable');
    expect(markup.contactPoint[2]).not.toHaveProperty('name');
  });
});
