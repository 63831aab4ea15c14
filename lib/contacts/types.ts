/** Contact fields as sent to contact-create/contact-modify: DMAPI parameter name (lower case) → value. */
export type ContactInput = Readonly<Record<string, string | undefined>>;

/** Present, non-empty values only, keys lower case. */
export type ContactValues = Record<string, string>;

export interface ContactFieldError {
  field: string;
  message: string;
}

export type ContactMode = 'create' | 'modify';

export interface ValidateContactOptions {
  tld: string;
  mode: ContactMode;
  /** The stored fields of the contact, for mode 'modify'. */
  existing?: Readonly<Record<string, string>>;
}

/** What a form needs to render one contact field. */
export interface ContactFieldSpec {
  /** DMAPI parameter name, e.g. `address-1`, `x-ficora-type`. */
  name: string;
  label: string;
  kind: 'text' | 'email' | 'tel' | 'country' | 'select' | 'date';
  /**
   * 'always': must not be empty; 'create': needed when creating, cannot be cleared; 'conditional': see
   * `requiredWhen`; 'optional'.
   */
  required: 'always' | 'create' | 'conditional' | 'optional';
  requiredWhen?: string;
  options?: readonly { value: string; label: string }[];
  /** Regular expression source the whole value must match (for the browser's `pattern`, anchored by the form). */
  pattern?: string;
  maxLength?: number;
  /** Cannot be changed by contact-modify once the contact exists. */
  immutable?: boolean;
  defaultValue?: string;
  help?: string;
  group: 'person' | 'address' | 'communication' | 'registry';
}

/** The rules one TLD (or family of TLDs) adds to the generic contact. */
export interface TldContactRules {
  fields: readonly ContactFieldSpec[];
  /** Other parameter names that carry the same datum (e.g. `x-us-app-purpose` for `app-purpose`). */
  aliases?: Readonly<Record<string, readonly string[]>>;
  validate(values: ContactValues): ContactFieldError[];
}

/** Maps a value list to select options that show the value itself. */
export function optionsOf(values: readonly string[], labels: Readonly<Record<string, string>> = {}): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] ?? value }));
}
