// Plays two steps with storage blocked, then reports what the learner sees to the parent page.
const element = document.querySelector('wijk-learning-module');
element.data = {
  id: 'blocked',
  version: '1.0.0',
  audience: 'residents',
  language: 'nl',
  title: 'Geblokkeerd',
  summary: 'Opslag is geblokkeerd.',
  estimated_minutes: 1,
  lessons: [
    {
      id: 'les',
      title: 'Les',
      steps: [
        { id: 'uitleg', kind: 'text', body: 'Hallo' },
        { id: 'vraag', kind: 'single_choice', question: 'Ja?', options: [{ id: 'ja', label: 'Ja', correct: true, feedback: 'Goed' }, { id: 'nee', label: 'Nee', correct: false, feedback: 'Jammer' }] },
      ],
    },
  ],
};
await customElements.whenDefined('wijk-learning-module');
await element.updateComplete;
const click = async (text) => {
  [...element.shadowRoot.querySelectorAll('button')].find((button) => button.textContent.trim() === text).click();
  await element.updateComplete;
};
await click('Beginnen');
await click('Volgende');
parent.postMessage(
  {
    heading: element.shadowRoot.querySelector('#step-heading').textContent.trim(),
    notice: element.shadowRoot.querySelector('.notice')?.textContent ?? '',
  },
  '*',
);
