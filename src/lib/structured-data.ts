// schema.org markup for a delegation page: a GovernmentOrganization with one ContactPoint per focal point.
import type { Delegation } from '../../functions/core/content/directory';

export function governmentOrganization(delegation: Delegation, name: string, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name,
    url,
    address: { '@type': 'PostalAddress', addressLocality: delegation.seat_city_en, addressCountry: delegation.host_country_iso2 },
    areaServed: delegation.accredited_iso2.map((code) => ({ '@type': 'Country', identifier: code })),
    contactPoint: delegation.focal_points.map((point) => ({
      '@type': 'ContactPoint',
      contactType: point.role === 'hrd_liaison' ? 'Human rights defenders liaison' : 'Human rights focal point',
      email: point.email,
      ...(point.phone ? { telephone: point.phone } : {}),
      availableLanguage: point.languages,
    })),
  };
}
