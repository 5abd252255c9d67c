import {
  type DomainMessage,
  type Gap,
  type Locale,
  type MessageNames,
  renderMessage,
  renderSentences,
} from '@linkage/domain';

/**
 * A domain message as the API answers it (decision 0022): the stored code and parameters, so a
 * client may render or test it itself, and `text` rendered in the reader's language (the request's
 * Accept-Language).
 */
export type RenderedMessage = DomainMessage & { text: string };

/**
 * A gap as the API answers it: `missing` and `suggestedAction` rendered in the reader's language
 * (the fields the portal always read), and the messages they come from.
 */
export interface GapView extends Omit<Gap, 'missing' | 'suggestedAction'> {
  missing: string;
  suggestedAction: string;
  missingMessage: RenderedMessage;
  suggestedActionMessage: RenderedMessage;
}

export const renderedMessage = (m: DomainMessage, locale: Locale, names?: MessageNames): RenderedMessage =>
  ({ ...m, text: renderMessage(m, locale, names) }) as RenderedMessage;

/** An explanation's sentences, rendered one by one and as the one text the portal shows. */
export function renderedExplanation(
  messages: readonly DomainMessage[],
  locale: Locale,
  names?: MessageNames,
): { text: string; messages: RenderedMessage[] } {
  return {
    text: renderSentences(messages, locale, names),
    messages: messages.map((m) => renderedMessage(m, locale, names)),
  };
}

export function gapView(gap: Gap, locale: Locale, names?: MessageNames): GapView {
  const missingMessage = renderedMessage(gap.missing, locale, names);
  const suggestedActionMessage = renderedMessage(gap.suggestedAction, locale, names);
  return {
    ...gap,
    missing: missingMessage.text,
    suggestedAction: suggestedActionMessage.text,
    missingMessage,
    suggestedActionMessage,
  };
}
