export {
  type DomainMessage,
  MESSAGE_CATALOGUE,
  type MessageCode,
  type MessageParams,
  type MoneyParam,
  type ParamKind,
  type ShareParam,
  isMessageCode,
  message,
} from './catalogue.js';
export { type MessageNames, renderMessage, renderSentences } from './render.js';
export { MESSAGE_TEMPLATES, type MessageTemplates } from './templates/index.js';
export { PERIOD_NAMES, UNIT_NAMES } from './names.js';
