/**
 * The catalog every generated journey uses. Most of it is sound; two
 * partners have gaps that the defects rely on: `koerier` has no fallback,
 * `drukker` neither an agreement nor a fallback.
 */

export const CATALOG_FILE = 'organisatie.catalog.yaml';

export const BENCH_CATALOG = `catalog: Energieleverancier (gegenereerd voor benchmarks)
channels:
  website: { kind: web, name: Website }
  app: { kind: app, name: App }
  email: { kind: email, name: E-mail }
  telefoon: { kind: phone, name: Klantenservice, hours: "ma-vr 08:00-20:00" }
  chat: { kind: chat, name: Chat }
  winkel: { kind: store, name: Winkel }
teams:
  klantenservice: { name: Klantenservice, line: front }
  facturatie: { name: Facturatie, line: back }
  planning: { name: Planning, line: back }
  techniek: { name: Techniek, line: front }
  backoffice: { name: Backoffice, line: back }
systems:
  crm: { name: Klantsysteem }
  erp: { name: ERP }
  dms: { name: Documentbeheer }
  planner: { name: Planningssysteem }
partners:
  netbeheerder: { name: Stedin, agreement: SLA-2024-17, sla: 5 working days, fallback: klantenservice belt de storingsdienst }
  meterbedrijf: { name: Meetbedrijf Noord, agreement: RA-2025-02, sla: 3 working days, fallback: planning plant een eigen monteur in }
  koerier: { name: PostNL, agreement: RA-2023-04, sla: 1 day }
  drukker: { name: Drukkerij Jansen, sla: 2 days }
`;

export const TEAMS = ['klantenservice', 'facturatie', 'planning', 'techniek', 'backoffice'] as const;
export const SYSTEMS = ['crm', 'erp', 'dms', 'planner'] as const;
/** Partners with an agreement, an SLA and a fallback: depending on them is no defect. */
export const SOUND_PARTNERS = ['netbeheerder', 'meterbedrijf'] as const;
/** Channels by how often a step uses them; the first three are self-service. */
export const CHANNEL_WEIGHTS: readonly [string, number][] = [
  ['website', 0.3], ['app', 0.2], ['email', 0.1], ['telefoon', 0.25], ['chat', 0.1], ['winkel', 0.05],
];
export const SELF_SERVICE = new Set(['website', 'app', 'email']);
