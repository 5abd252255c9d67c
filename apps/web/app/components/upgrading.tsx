import { Form } from '~/components/form';

/**
 * "Plan the upgrading" for a match (need and supplier) or a linkage: a plain form to the start route,
 * which makes the plan from the gaps (or finds the one already made) and opens it.
 */
export function PlanUpgradingButton({
  subject,
  back,
  label = 'Plan the upgrading',
}: {
  subject: { needId: string; supplierId: string } | { linkageId: string };
  back: string;
  label?: string;
}) {
  return (
    <Form method="post" action="/upgrading-plans/start">
      {Object.entries(subject).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="back" value={back} />
      <button type="submit" className="button button--small">
        {label}
      </button>
    </Form>
  );
}
