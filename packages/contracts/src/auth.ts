import { z } from 'zod';
import { emailField, nameField } from './fields.js';

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
  platformRole: 'BROKER' | 'ADMIN' | null;
}

/** What sign-up and sign-in return: the bearer token the portal keeps in its httpOnly cookie. */
export interface SessionView {
  token: string;
  expiresAt: string;
  user: UserView;
}
