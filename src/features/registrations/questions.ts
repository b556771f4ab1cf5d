// Custom questions of an event: which are shown, and whether the answers fit.
// Pure: runs in the browser (the form) and on the server (the same schema).
import type { LocalizedText } from '@/lib/i18n/localized';

export const QUESTION_TYPES = ['TEXT', 'CHOICE', 'MULTI_CHOICE', 'YES_NO'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export type QuestionOption = { value: string; label: LocalizedText };

export type QuestionDef = {
  key: string;
  type: QuestionType;
  label: LocalizedText;
  options: QuestionOption[];
  required: boolean;
  showIfKey: string | null;
  showIfValue: string | null;
};

export type Answer = string | string[];
export type Answers = Record<string, Answer | null | undefined>;

export const ANSWER_TEXT_MAX = 500;
export const ANSWER_CHOICES_MAX = 20;

/** Reads the `options` JSON column defensively (staff-entered data). */
export function parseOptions(value: unknown): QuestionOption[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((o) => {
    if (!o || typeof o !== 'object') return [];
    const { value: v, label } = o as { value?: unknown; label?: unknown };
    return typeof v === 'string' && v !== '' ? [{ value: v, label: label && typeof label === 'object' ? (label as LocalizedText) : {} }] : [];
  });
}

function isEmpty(answer: Answer | null | undefined): boolean {
  return answer === undefined || answer === null || (Array.isArray(answer) ? answer.length === 0 : answer.trim() === '');
}

/**
 * A question is shown when it has no condition, or when the question it depends
 * on is itself shown and its answer equals (or, for a multi-choice, contains)
 * `showIfValue`. A dependency cycle or a missing parent hides the question.
 */
export function isQuestionVisible(question: QuestionDef, answers: Answers, byKey: Map<string, QuestionDef>, seen: Set<string> = new Set()): boolean {
  if (!question.showIfKey) return true;
  if (seen.has(question.key)) return false;
  const parent = byKey.get(question.showIfKey);
  if (!parent) return false;
  if (!isQuestionVisible(parent, answers, byKey, new Set(seen).add(question.key))) return false;
  const answer = answers[parent.key];
  if (answer === undefined || answer === null) return false;
  return Array.isArray(answer) ? answer.includes(question.showIfValue ?? '') : answer === question.showIfValue;
}

export function visibleQuestions(questions: readonly QuestionDef[], answers: Answers): QuestionDef[] {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  return questions.filter((q) => isQuestionVisible(q, answers, byKey));
}

export type AnswerIssue = { key: string; message: string };

/**
 * Checks the answers against the questions. Answers to unknown questions are
 * refused (a crafted request); answers to hidden questions are dropped from
 * `clean` (they are not part of the registration).
 */
export function checkAnswers(questions: readonly QuestionDef[], answers: Answers): { issues: AnswerIssue[]; clean: Record<string, Answer> } {
  const issues: AnswerIssue[] = [];
  const clean: Record<string, Answer> = {};
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(answers)) if (!known.has(key)) issues.push({ key, message: 'invalid' });
  for (const q of visibleQuestions(questions, answers)) {
    const answer = answers[q.key];
    if (isEmpty(answer)) {
      if (q.required) issues.push({ key: q.key, message: 'required' });
      continue;
    }
    const values = q.options.map((o) => o.value);
    switch (q.type) {
      case 'TEXT': {
        if (typeof answer !== 'string') issues.push({ key: q.key, message: 'invalid' });
        else if (answer.trim().length > ANSWER_TEXT_MAX) issues.push({ key: q.key, message: `tooLong:${ANSWER_TEXT_MAX}` });
        else clean[q.key] = answer.trim();
        break;
      }
      case 'YES_NO': {
        if (answer !== 'yes' && answer !== 'no') issues.push({ key: q.key, message: 'invalid' });
        else clean[q.key] = answer;
        break;
      }
      case 'CHOICE': {
        if (typeof answer !== 'string' || !values.includes(answer)) issues.push({ key: q.key, message: 'invalid' });
        else clean[q.key] = answer;
        break;
      }
      case 'MULTI_CHOICE': {
        const list: string[] = Array.isArray(answer) ? answer : [answer as string];
        if (list.length > ANSWER_CHOICES_MAX || list.some((v) => !values.includes(v))) issues.push({ key: q.key, message: 'invalid' });
        else clean[q.key] = [...new Set(list)];
        break;
      }
    }
  }
  return { issues, clean };
}
