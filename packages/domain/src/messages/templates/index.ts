import { type Locale } from '../../i18n/locale.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { type MessageTemplates } from './template-types.js';

export const MESSAGE_TEMPLATES: Readonly<Record<Locale, MessageTemplates>> = { en, fr, es, ar };
export { type MessageTemplates } from './template-types.js';
