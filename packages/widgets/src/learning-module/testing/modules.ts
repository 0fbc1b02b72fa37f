/** A short module with every step kind, for the learning module's tests. */
import type { LearningModule } from '@wijkwijzer/model';

export function sampleModule(): LearningModule {
  return {
    id: 'proef-module',
    version: '1.0.0',
    audience: 'residents',
    language: 'nl',
    title: 'Een goede buur',
    summary: 'Een korte module om te oefenen.',
    estimated_minutes: 5,
    lessons: [
      {
        id: 'les-een',
        title: 'Kennismaken',
        steps: [
          { id: 'uitleg', kind: 'text', title: 'Welkom', body: 'Fijn dat je er bent.\n\nIn deze les:\n- kennismaken\n- oefenen', links: [{ title: 'Thuisarts', url: 'https://www.thuisarts.nl/' }] },
          {
            id: 'vraag-een',
            kind: 'single_choice',
            question: 'Wat doe je als je buur stil is?',
            options: [
              { id: 'aanbellen', label: 'Ik bel eens aan', correct: true, feedback: 'Goed: even aanbellen laat zien dat je om je buur geeft.' },
              { id: 'niets', label: 'Ik doe niets', correct: false, feedback: 'Niets doen kan, maar je buur merkt dan niet dat je om hem geeft.' },
            ],
          },
          {
            id: 'vraag-twee',
            kind: 'multiple_choice',
            question: 'Wie kun je om hulp vragen?',
            options: [
              { id: 'huisarts', label: 'De huisarts', correct: true, feedback: 'Ja, de huisarts weet de weg.' },
              { id: 'wijkteam', label: 'Het wijkteam', correct: true, feedback: 'Ja, het wijkteam helpt.' },
              { id: 'niemand', label: 'Niemand', correct: false, feedback: 'Er is altijd iemand.' },
            ],
          },
        ],
      },
      {
        id: 'les-twee',
        title: 'Oefenen',
        steps: [
          { id: 'denken', kind: 'reflection', prompt: 'Wat vind je lastig aan contact met je buren?', hint: 'Denk aan een moment van vorige week.' },
          {
            id: 'situatie',
            kind: 'scenario',
            situation: "Je hoort 's nachts harde muziek.",
            question: 'Wat doe je?',
            options: [
              { id: 'praten', label: 'Ik praat er de volgende dag over', feedback: 'Een rustig gesprek overdag werkt vaak het best.' },
              { id: 'bellen', label: 'Ik bel de politie', feedback: 'Bij gevaar is dat goed; bij alleen geluid is eerst praten beter.' },
            ],
          },
        ],
      },
    ],
  };
}
