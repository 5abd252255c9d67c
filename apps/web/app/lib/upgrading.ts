import type {
  ProviderService,
  ReadinessWarningCode,
  UpgradingActionKind,
  UpgradingActionOwner,
  UpgradingActionStatus,
} from '@linkage/domain';

/** Upgrading in the words of a programme officer and a consortium coordinator. */
export const ACTION_KIND_LABEL: Record<UpgradingActionKind, string> = {
  CERTIFICATION: 'Certification',
  TRAINING: 'Training',
  TECHNICAL_ASSISTANCE: 'Technical assistance',
  EQUIPMENT: 'Equipment',
  FINANCE: 'Finance',
};

export const ACTION_STATUS_LABEL: Record<UpgradingActionStatus, string> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
};

/** The button that moves an action to a status. */
export const ACTION_MOVE_LABEL: Record<UpgradingActionStatus, string> = {
  PLANNED: 'Back to planned',
  IN_PROGRESS: 'Start',
  DONE: 'Mark done',
  CANCELLED: 'Cancel',
};

export const ACTION_STATUS_TONE = {
  PLANNED: 'info',
  IN_PROGRESS: 'warn',
  DONE: 'good',
  CANCELLED: 'neutral',
} as const satisfies Record<UpgradingActionStatus, string>;

export const OWNER_LABEL: Record<UpgradingActionOwner, string> = {
  LEAD_FIRM: 'Lead firm',
  PROGRAMME: 'Programme',
  SUPPLIER: 'Supplier',
};

export const PROVIDER_SERVICE_LABEL: Record<ProviderService, string> = {
  CERTIFICATION_BODY: 'Certification body',
  LABORATORY: 'Laboratory',
  CONSULTANT: 'Consultant',
  TRAINING: 'Training',
  FINANCE: 'Finance',
  EQUIPMENT: 'Equipment',
};

export const WARNING_TITLE: Record<ReadinessWarningCode, string> = {
  LATE_ACTIONS: 'Late',
  BEYOND_HORIZON: 'Beyond the twelve-month horizon',
  OVERDUE_ACTIONS: 'Overdue',
};
