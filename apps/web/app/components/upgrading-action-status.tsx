import type { UpgradingActionView } from '@linkage/contracts';
import { Form } from '~/components/form';
import { upgradingActionPath } from '~/components/upgrading-action-form';
import { ACTION_MOVE_LABEL } from '~/lib/upgrading';

/** One button per status the action may move to, each posting to the action's status route. */
export function ActionStatusButtons({ planId, action: a }: { planId: string; action: UpgradingActionView }) {
  return (
    <>
      {a.nextStatuses.map((s) => (
        <Form key={s} method="post" action={upgradingActionPath(planId, a.id, 'status')} preventScrollReset>
          <input type="hidden" name="status" value={s} />
          <button type="submit" className="button button--small">
            {a.status === 'DONE' ? 'Reopen' : ACTION_MOVE_LABEL[s]}
          </button>
        </Form>
      ))}
    </>
  );
}
