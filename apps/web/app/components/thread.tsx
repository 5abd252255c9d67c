import type { NeedMessageView } from '@linkage/contracts';
import { formatDate } from '~/lib/format';

/** Messages about a need, oldest first; `speaker` says who each is from, in the reader's words. */
export function Thread({
  messages,
  speaker,
}: {
  messages: NeedMessageView[];
  speaker: (m: NeedMessageView) => string;
}) {
  return (
    <ol className="thread">
      {messages.map((m) => (
        <li key={m.id} className={`thread__message${m.fromLeadFirm ? ' thread__message--buyer' : ''}`}>
          <p className="small muted">
            {speaker(m)}
            {m.authorName ? ` · ${m.authorName}` : ''} · {formatDate(m.sentAt)}
          </p>
          <p>{m.body}</p>
        </li>
      ))}
    </ol>
  );
}
