import { Notice } from './brand';

/** Why a public page cannot go on, as the visitor should read it. Browser-safe: the answer forms show these too. */
export type ProblemKind =
  | 'no-key'
  | 'bad-key'
  | 'limited'
  | 'not-configured'
  | 'unavailable'
  | 'unknown'
  | 'verified'
  | 'invalid'
  | 'declined'
  | 'expired'
  | 'other'
  | 'not-accepted';

export function PublicProblem({ kind, provider, minutes, what }: { kind: ProblemKind; provider: string; minutes?: number; what: 'verification' | 'cor' }) {
  switch (kind) {
    case 'no-key':
      return (
        <Notice tone="info" title="Open the link from your e-mail">
          <p>This page needs the key that the link in the e-mail carries. Click the link in the e-mail, or copy all of it into your browser’s address bar.</p>
        </Notice>
      );
    case 'bad-key':
      return (
        <Notice tone="warning" title="This link is damaged">
          <p>The key in it is incomplete or altered. Copy the whole link from the e-mail into your browser’s address bar; long links are sometimes split over two lines.</p>
        </Notice>
      );
    case 'limited':
      return (
        <Notice tone="warning" title="Too many attempts">
          <p>
            Too many requests came from your network address. Please try again in {minutes ?? 10} {minutes === 1 ? 'minute' : 'minutes'}.
          </p>
        </Notice>
      );
    case 'not-configured':
      return (
        <Notice tone="warning" title="This page is not available yet">
          <p>Please try the link again later, or contact {provider}.</p>
        </Notice>
      );
    case 'unavailable':
      return (
        <Notice tone="warning" title="The service cannot be reached right now">
          <p>Please try again in a few minutes. Your link stays valid until its deadline.</p>
        </Notice>
      );
    case 'unknown':
      return (
        <Notice tone="danger" title="This key is unknown">
          <p>
            The key in this link is not (or no longer) known. Check that you copied the whole link from the newest e-mail. If it still does not work,
            contact {provider}.
          </p>
        </Notice>
      );
    case 'verified':
      return (
        <Notice tone="success" title="Already confirmed">
          <p>This e-mail address has already been confirmed. There is nothing more to do.</p>
        </Notice>
      );
    case 'invalid':
      return (
        <Notice tone="danger" title="This verification is closed">
          <p>
            It was answered “not correct”, or its deadline passed without an answer. To correct the owner’s e-mail address or have a new verification
            sent, contact {provider}.
          </p>
        </Notice>
      );
    case 'declined':
      return (
        <Notice tone="danger" title="Already answered: not correct">
          <p>
            This address was answered “not correct” and is marked invalid. To correct the owner’s e-mail address and have a new verification sent, contact{' '}
            {provider}.
          </p>
        </Notice>
      );
    case 'expired':
      return (
        <Notice tone="danger" title="This link has expired">
          <p>
            The deadline to confirm this address passed before it was answered, so the key no longer works and the domains may be suspended. To have a new
            verification sent, contact {provider}.
          </p>
        </Notice>
      );
    case 'not-accepted':
      return (
        <Notice tone="danger" title="This key was not accepted">
          <p>
            It is unknown, was already answered, or its deadline passed. If you think this is wrong, contact {provider}
            {what === 'cor' ? ' and mention the domain named in the e-mail' : ''}.
          </p>
        </Notice>
      );
    default:
      return (
        <Notice tone="warning" title="This request cannot be completed">
          <p>Please open the link from the e-mail again. If it keeps happening, contact {provider}.</p>
        </Notice>
      );
  }
}
