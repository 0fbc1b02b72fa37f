/** A small registry for the trusted-info tests, with an urgent topic and an overdue pointer. */
import type { TrustedPointer, TrustedPointerList } from '@wijkwijzer/model';

export function pointer(id: string, topic: string, extra: Partial<TrustedPointer> = {}): TrustedPointer {
  return {
    id,
    topic,
    title: `Bron ${id}`,
    url: `https://${id}.example/`,
    owner: `Eigenaar ${id}`,
    why_trusted: `Waarom ${id} betrouwbaar is.`,
    languages: ['nl'],
    audience: 'residents',
    urgency: 'information',
    date_added: '2026-11-01',
    last_checked_ok: null,
    review_interval_days: 365,
    scope: 'national',
    ...extra,
  };
}

export const testRegistry: TrustedPointerList = {
  text_languages: ['nl'],
  topics: [
    { id: 'eenzaamheid', title: { nl: 'Eenzaamheid', en: 'Loneliness', ar: 'الوحدة' }, description: { nl: 'Als u zich alleen voelt.' }, keywords: ['alleen'], codes: ['ICPC:P29'] },
    { id: 'zelfmoordgedachten', title: { nl: 'Zelfmoordgedachten', en: 'Suicidal thoughts' }, keywords: ['dood willen'], codes: ['ICPC:P77'] },
    { id: 'geldzorgen-en-schulden', title: { nl: 'Geldzorgen en schulden', en: 'Money worries and debt' }, keywords: ['schulden', 'rekeningen'] },
  ],
  pointers: [
    pointer('een', 'eenzaamheid'),
    pointer('oud', 'eenzaamheid', { date_added: '2024-01-01', review_interval_days: 180 }),
    pointer('lijn', 'zelfmoordgedachten', {
      urgency: 'now',
      phones: [{ number: '0800-0113', label: { nl: 'Gratis nummer', en: 'Free number' }, hours: 'Dag en nacht' }],
      title: '113 Zelfmoordpreventie',
    }),
    pointer('info', 'zelfmoordgedachten', { urgency: 'information' }),
    pointer('geld', 'geldzorgen-en-schulden'),
  ],
};
