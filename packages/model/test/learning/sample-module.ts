/** A small module with every step kind, for the learning model's tests. */
import type { LearningModule } from '../../src/learning-module.ts';

export const option = (id: string, correct: boolean) => ({ id, label: id, correct, feedback: `${id} feedback` });

export const module: LearningModule = {
  id: 'm',
  version: '1.0.0',
  audience: 'staff',
  language: 'nl',
  title: 'M',
  summary: 'S',
  estimated_minutes: 5,
  lessons: [
    {
      id: 'l1',
      title: 'L1',
      steps: [
        { id: 'intro', kind: 'text', body: 'Hallo' },
        { id: 'q1', kind: 'single_choice', question: 'Q1', options: [option('a', true), option('b', false)] },
        { id: 'q2', kind: 'multiple_choice', question: 'Q2', options: [option('x', true), option('y', true), option('z', false)] },
      ],
    },
    {
      id: 'l2',
      title: 'L2',
      steps: [
        { id: 'think', kind: 'reflection', prompt: 'Denk na' },
        { id: 'case', kind: 'scenario', situation: 'S', question: 'Wat doe je?', options: [{ id: 'p', label: 'P', feedback: 'f' }, { id: 'q', label: 'Q', feedback: 'g' }] },
      ],
    },
  ],
};

