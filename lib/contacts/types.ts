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

/**
 * One clause of a condition on the other fields of the same contact. The value compared is the first non-empty one
 * of `field` and its `aliases`, case-insensitively: `in` holds when it is one of the values, `notIn` when it is given
 * and is none of them.
 */
export interface ContactClause {
  field: string;
  aliases?: readonly string[];
  in?: readonly string[];
  notIn?: readonly string[];
  /** The clause also holds when no value is given (a documented default, e.g. .eu contacts are owners unless typed). */
  orAbsent?: boolean;
}

/** A condition as data: every clause of `all` holds, and (when `any` is given) at least one of `any`. */
export interface ContactCondition {
  all?: readonly ContactClause[];
  any?: readonly ContactClause[];
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
  /** The condition of a 'conditional' field in words ("when the type is company"). */
  requiredWhen?: string;
  /** The same condition as data, where it can be written as one (the validators implement it; tests compare). */
  requiredIf?: ContactCondition;
  /** Shown (and sent) only while this holds, e.g. the .fi identity number only for Finnish private persons. */
  visibleWhen?: ContactCondition;
  options?: readonly { value: string; label: string }[];
  /** Regular expression source the whole value must match (for the browser's `pattern`, anchored by the form). */
  pattern?: string;
  maxLength?: number;
  /** Cannot be changed by contact-modify once the contact exists. */
  immutable?: boolean;
  /** Why it cannot change, in words, for the read-only field of a modify form. */
  immutableReason?: string;
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
