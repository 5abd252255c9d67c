import { type UpgradingPlanView } from '@linkage/contracts';
import { nextActionStatuses, planReadiness, splitCost } from '@linkage/domain';
import { type UpgradingPlan } from '@linkage/db';

/** A plan as its readers see it, with readiness and warnings computed by the domain for `today`. */
export function toPlanView(plan: UpgradingPlan, editable: boolean, today: string): UpgradingPlanView {
  const actions = plan.actions ?? [];
  return {
    id: plan.id,
    supplier: { id: plan.supplierId, name: plan.supplier!.legalName },
    need: plan.need
      ? {
          id: plan.need.id,
          title: plan.need.title,
          leadFirm: { id: plan.need.leadFirmId, name: plan.need.leadFirm!.legalName },
        }
      : null,
    linkage: plan.linkage
      ? {
          id: plan.linkage.id,
          leadFirm: { id: plan.linkage.leadFirmId, name: plan.linkage.leadFirm!.legalName },
        }
      : null,
    programmeId: plan.programmeId,
    createdAt: plan.createdAt.toISOString(),
    editable,
    readiness: planReadiness(actions, plan.need?.startDate ?? null, today),
    actions: actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      gap: a.gap,
      standardCode: a.standardCode,
      owner: a.owner,
      ownerName: a.ownerName,
      serviceProvider: a.serviceProvider
        ? { id: a.serviceProvider.id, name: a.serviceProvider.legalName }
        : null,
      dueOn: a.dueOn,
      neededBy: a.neededBy,
      costAmount: a.costAmount,
      currency: a.currency?.trim() ?? null,
      sharing: a.sharing,
      shares: a.costAmount === null ? null : splitCost(a.costAmount, a.sharing),
      status: a.status,
      nextStatuses: [...nextActionStatuses(a.status)],
      closedByCertificateId: a.closedByCertificateId,
    })),
  };
}
