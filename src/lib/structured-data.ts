// schema.org markup for a delegation page: a GovernmentOrganization with one ContactPoint per focal point,
// with its office hours and the languages spoken.
import type { Delegation } from '../../functions/core/content/directory';
import type { FocalPoint } from '../../functions/core/content/directory-schemas';
import { FOCAL_POINT_TITLE_EN } from '../../functions/core/content/open-data';
import { languageName } from './display-names';

// ISO 8601 weekday n (1 is Monday) as schema.org's DayOfWeek.
const DAYS_OF_WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
  (day) => `https://schema.org/${day}`,
);

// schema.org's Time has no time zone field that consumers read; opens and closes are the office's
// local time, which is how search engines read OpeningHoursSpecification.
function openingHours(hours: NonNullable<FocalPoint['hours']>) {
  return {
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: hours.days.map((day) => DAYS_OF_WEEK[day - 1]),
    opens: hours.opens,
    closes: hours.closes,
  };
}

function language(tag: string) {
  return { '@type': 'Language', name: languageName(tag, 'en'), alternateName: tag };
}

export function contactPoint(point: FocalPoint) {
  return {
    '@type': 'ContactPoint',
    contactType: FOCAL_POINT_TITLE_EN[point.role],
    ...(point.name && point.name_published_with_consent ? { name: point.name } : {}),
    email: point.email,
    ...(point.phone ? { telephone: point.phone } : {}),
    ...(point.hours ? { hoursAvailable: openingHours(point.hours) } : {}),
    availableLanguage: point.languages.map(language),
  };
}

export function governmentOrganization(delegation: Delegation, name: string, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name,
    url,
    address: { '@type': 'PostalAddress', addressLocality: delegation.seat_city_en, addressCountry: delegation.host_country_iso2 },
    areaServed: delegation.accredited_iso2.map((code) => ({ '@type': 'Country', identifier: code })),
    contactPoint: delegation.focal_points.map(contactPoint),
  };
}
