/** Small feeds for the finder's tests, built in code so each test shows what it depends on. */
export function service(id: string, name: string, extra: Record<string, unknown> = {}, extension: Record<string, unknown> = {}) {
  return { id, organization_id: 'org', name, status: 'active', ...extra, wijkwijzer: extension };
}

export const smallFeed = {
  demo: true,
  organizations: [{ id: 'org', name: 'Welzijn Noord' }],
  locations: [
    {
      id: 'klaproos',
      name: 'Buurthuis De Klaproos',
      location_type: 'physical',
      latitude: 53.2331,
      longitude: 6.5531,
      addresses: [{ address_1: 'Bloemstraat 1', postal_code: '9741 AB', city: 'Groningen' }],
    },
    { id: 'rotterdam', location_type: 'physical', latitude: 51.885, longitude: 4.56, addresses: [{ address_1: 'Kade 2', postal_code: '3077 AA', city: 'Rotterdam' }] },
  ],
  services: [
    service(
      'walk',
      'Wandelgroep Selwerd',
      {
        description: 'Samen wandelen door de wijk, elke week een andere route.',
        phones: [{ number: '050 000 01 23' }],
        email: 'wandelen@welzijn-noord.example',
        url: 'https://welzijn-noord.example/wandelen',
        schedules: [{ freq: 'WEEKLY', byday: 'WE', opens_at: '10:00', closes_at: '11:30' }],
        service_at_locations: [{ location_id: 'klaproos' }],
      },
      { themes: ['bewegen', 'ontmoeten'], target_groups: ['ouderen'], neighbourhoods: ['Selwerd'], cost: { free: true }, wheelchair_accessible: true, how_to_join: 'Kom gewoon langs.' },
    ),
    service(
      'cafe',
      'Taalcafé De Brug',
      { description: 'Nederlands oefenen bij een kop koffie.', schedules: [{ freq: 'MONTHLY', byday: '1MO' }], service_at_locations: [{ location_id: 'klaproos' }] },
      { themes: ['taal', 'ontmoeten'], target_groups: ['nieuwkomers'], neighbourhoods: ['Selwerd'], languages: ['nl', 'ar'], cost: { free: true } },
    ),
    service(
      'money',
      'Hulp bij geldzaken',
      { description: 'Een vrijwilliger helpt met post en rekeningen.', service_at_locations: [{ location_id: 'rotterdam' }] },
      { themes: ['geldzaken'], target_groups: ['iedereen'], neighbourhoods: ['Beverwaard'], cost: { free: false, description: '€ 2 per keer' } },
    ),
  ],
};

/** Every text field a feed has, filled with markup and script, and links that must never work. */
export function hostileFeed() {
  const script = '<img src=x onerror="window.__hostileRan=true"><script>window.__hostileRan=true</script>';
  return {
    organizations: [{ id: 'org', name: `Org ${script}` }],
    locations: [{ id: 'loc', name: script, location_type: 'physical', addresses: [{ address_1: script, postal_code: '9741 AB', city: script }] }],
    services: [
      service(
        'hostile',
        `Naam ${script}`,
        {
          description: script,
          url: 'https://safe.example/',
          email: 'x@safe.example',
          eligibility_description: script,
          schedules: [{ description: script }],
          service_at_locations: [{ location_id: 'loc' }],
        },
        { themes: [script], target_groups: [script], neighbourhoods: [script], how_to_join: script, cost: { free: false, description: script } },
      ),
      service('js-url', 'Javascript-link', { url: 'javascript:window.__hostileRan=true' }),
      service('data-url', 'Data-link', { url: 'data:text/html,<script>window.__hostileRan=true</script>' }),
      service('huge', 'x'.repeat(5_000_000)),
      service('wrong-types', 42 as unknown as string, { phones: 'not a list' }),
    ],
  };
}

export function syntheticFeed(count: number) {
  return {
    organizations: [{ id: 'org', name: 'Welzijn' }],
    locations: [],
    services: Array.from({ length: count }, (_, index) =>
      service(`s${index}`, `Activiteit ${index} ${['wandelen', 'koffie', 'taal', 'sport'][index % 4]}`, {}, {
        themes: [['bewegen', 'ontmoeten', 'taal', 'eten'][index % 4]],
        neighbourhoods: [['Selwerd', 'Ruwaard', 'Beverwaard'][index % 3]],
        cost: { free: index % 2 === 0 },
      }),
    ),
  };
}
