import { parseWithZod } from '@conform-to/zod/v4';
import { CreateUpgradingActionSchema } from '@linkage/contracts';
import type { ActionFunctionArgs } from '@remix-run/node';
import { useActionData, useNavigation, useParams } from '@remix-run/react';
import {
  ActionForm,
  UpgradingActionPanel,
  upgradingActionPath,
  upgradingPlanPath,
  wholeAction,
} from '~/components/upgrading-action-form';
import { RoutePanel } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

/** One intent: save an action of the plan, the whole action as the form states it. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: CreateUpgradingActionSchema });
  if (submission.status !== 'success') return submission.reply();
  const input = wholeAction(submission.value);
  const saved = await api.updateUpgradingAction(params.planId!, params.actionId!, input);
  if (!saved.ok) return replyWithApiError(submission, saved);
  return redirectWithNotice(request, upgradingPlanPath(params.planId!), `Saved: ${input.title}.`);
}

export default function EditUpgradingAction() {
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { planId } = useParams();
  return (
    <UpgradingActionPanel>
      {(a, page) => (
        <RoutePanel labelledBy="action-title">
          <ActionForm
            key={a.id}
            action={a}
            planId={planId!}
            providers={page.providers}
            lastResult={navigation.state === 'idle' ? lastResult : null}
            pending={
              navigation.state === 'submitting' &&
              navigation.formAction === upgradingActionPath(planId!, a.id, 'edit')
            }
          />
        </RoutePanel>
      )}
    </UpgradingActionPanel>
  );
}
