'use client';

import { useRouter } from 'next/navigation';
import { ActionForm, SelectField, SubmitButton, useActionForm } from '@/components/form';
import { Badge } from '@/components/ui/badge';
import { setDomainFlagAction, setPrivacyAction } from '@/app/(panel)/domains/[domain]/actions';
import type { Permission } from '@/lib/auth/roles';
import { setDomainFlagSchema, setPrivacySchema, type SetDomainFlagInput, type SetPrivacyInput } from '@/lib/schemas/domain-settings';

const FLAG_WORDS = {
  'whois-opt-out': { label: 'Whois opt-out', help: 'Hide the owner from public whois where the registry allows it.' },
  'gdpr-opt-in': { label: 'GDPR opt-in', help: 'The owner agrees to have personal data published in whois.' },
} as const;

type Flag = keyof typeof FLAG_WORDS;

function FlagForm({ domain, display, pname, on, change }: { domain: string; display: string; pname: Flag; on: boolean | undefined; change: Permission }) {
  const router = useRouter();
  const words = FLAG_WORDS[pname];
  const controller = useActionForm<SetDomainFlagInput, { on: boolean }>({
    schema: setDomainFlagSchema,
    action: setDomainFlagAction,
    defaultValues: { domain, pname, on: !on },
    successMessage: (d) => `${words.label} is now ${d.on ? 'on' : 'off'} for ${display}.`,
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm controller={controller} aria-label={`${words.label} of ${display}`}>
      <div className="flex flex-wrap items-center gap-3">
        <span className="w-28 text-sm text-zinc-500">{words.label}</span>
        <Badge tone={on ? 'success' : 'neutral'}>{on === undefined ? 'Unknown' : on ? 'On' : 'Off'}</Badge>
        <SubmitButton variant="secondary" size="sm" pending={controller.pending} pendingLabel="Saving…" disabled={!change.allowed}>
          {on ? `Turn ${words.label.toLowerCase()} off` : `Turn ${words.label.toLowerCase()} on`}
        </SubmitButton>
      </div>
      <p className="text-xs text-zinc-500">{words.help}</p>
    </ActionForm>
  );
}

/** Switch a bought privacy subscription between basic, pro and off (domain-set-property, immediate). */
function PrivacySwitch({ domain, display, privacy, change }: { domain: string; display: string; privacy: string; change: Permission }) {
  const router = useRouter();
  const controller = useActionForm<SetPrivacyInput, { level: string }>({
    schema: setPrivacySchema,
    action: setPrivacyAction,
    defaultValues: { domain, level: privacy === 'pro' || privacy === 'off' ? privacy : 'basic' },
    successMessage: (d) => `Privacy is now ${d.level} for ${display}.`,
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm controller={controller} aria-label={`Privacy of ${display}`}>
      <div className="flex flex-wrap items-end gap-3">
        <SelectField name="level" label="Whois privacy" options={[{ value: 'basic', label: 'Basic' }, { value: 'pro', label: 'Pro' }, { value: 'off', label: 'Off (data disclosed)' }]} />
        <SubmitButton variant="secondary" size="sm" pending={controller.pending} pendingLabel="Saving…" disabled={!change.allowed}>
          Switch privacy
        </SubmitButton>
      </div>
    </ActionForm>
  );
}

/** The domain's properties besides autorenew: whois-opt-out, gdpr-opt-in, and the privacy level where bought. */
export function DomainProperties({ domain, display, privacy, flags, change }: { domain: string; display: string; privacy: string; flags: Record<Flag, boolean> | undefined; change: Permission }) {
  return (
    <>
      <FlagForm key={`w${String(flags?.['whois-opt-out'])}`} domain={domain} display={display} pname="whois-opt-out" on={flags?.['whois-opt-out']} change={change} />
      <FlagForm key={`g${String(flags?.['gdpr-opt-in'])}`} domain={domain} display={display} pname="gdpr-opt-in" on={flags?.['gdpr-opt-in']} change={change} />
      {privacy === 'none' ? (
        <p className="text-sm text-zinc-500">No whois privacy bought for this domain; it can be added when renewing.</p>
      ) : (
        <PrivacySwitch domain={domain} display={display} privacy={privacy} change={change} />
      )}
    </>
  );
}
