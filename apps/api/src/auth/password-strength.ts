import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/**
 * zxcvbn scores a password 0–4 by the guesses an attacker who knows common passwords, words, keyboard
 * patterns and the person's own details would need; 3 ("safely unguessable", about 10^8 guesses) is
 * the least we accept for an account that can commit a producer group's capacity.
 */
const MIN_SCORE = 3;

const estimator = new ZxcvbnFactory({
  translations: en.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary },
});

/** Why a new password would be easy to guess, in words for the person choosing it; null when it is strong enough. */
export function weakPasswordReason(
  password: string,
  person: { email: string; name?: string },
): string | null {
  const localPart = person.email.split('@')[0] ?? '';
  const result = estimator.check(password, [
    person.email,
    localPart,
    ...(person.name ? person.name.split(/\s+/) : []),
  ]);
  if (result.score >= MIN_SCORE) return null;
  const why = result.feedback.warning ?? 'It would be guessed quickly.';
  return `Choose a harder password. ${why} Several uncommon words together work well.`;
}
