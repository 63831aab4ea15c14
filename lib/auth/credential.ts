import { z } from 'zod';

/** Mirrors lib/dmapi's Credential; kept here so pure auth code does not import the client. */
export type Credential = { apiKey: string } | { username: string; password: string };

export const signInSchema = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('api-key'),
    apiKey: z.string().trim().min(1, 'Enter the API key').max(512, 'That is too long for an API key'),
  }),
  z.object({
    method: z.literal('password'),
    username: z.string().trim().min(1, 'Enter the Joker.com username').max(254),
    password: z.string().min(1, 'Enter the password').max(512),
  }),
]);

export type SignInInput = z.infer<typeof signInSchema>;

/**
 * What the sign-in form gets back after a refused attempt: the reason, and what it may show again (the method and
 * the username). Never the key or the password.
 */
export interface SignInState {
  method: 'api-key' | 'password';
  username: string;
  error?: string;
}

export function toCredential(input: SignInInput): Credential {
  return input.method === 'api-key'
    ? { apiKey: input.apiKey }
    : { username: input.username, password: input.password };
}

export function credentialKind(credential: Credential): 'api-key' | 'password' {
  return 'apiKey' in credential ? 'api-key' : 'password';
}

/** The part of a credential that is not secret (shown back in the form): the username, never key or password. */
export function keyHint(credential: Credential): string {
  return 'apiKey' in credential ? `…${credential.apiKey.slice(-4)}` : credential.username;
}
