import { z } from 'zod';
import { type Locale, type PlatformRole } from '@linkage/domain';
import { emailField, nameField } from './fields.js';
import { type MyOrganisationView } from './organisations.js';

export const SignUpSchema = z.object({
  name: nameField('your name', 120),
  email: emailField,
  password: z
    .string({ error: 'Enter a password' })
    .min(10, { error: 'Use at least 10 characters' })
    .max(200, { error: 'Use at most 200 characters' }),
});
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({
  email: emailField,
  password: z.string({ error: 'Enter your password' }).min(1, { error: 'Enter your password' }),
});
export type SignInInput = z.infer<typeof SignInSchema>;

export interface UserView {
  id: string;
  name: string;
  email: string;
  platformRole: PlatformRole | null;
  /** The language the person chose; null until they choose, when the browser's language applies. */
  locale: Locale | null;
}

/** `GET /auth/me`: the person, their organisations, and those enrolled in their programmes (decision 0012). */
export interface MeView {
  user: UserView;
  organisations: MyOrganisationView[];
  /** Ids of the organisations enrolled in a programme the person works for: they broker these. */
  brokering: string[];
}

/** What sign-up and sign-in return: the bearer token the portal keeps in its httpOnly cookie. */
export interface SessionView {
  token: string;
  expiresAt: string;
  user: UserView;
}
