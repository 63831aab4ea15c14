import { ErrorList } from '../checks';
import { CN_INDIVIDUAL_ID_TYPES } from '../extensions';
import type { TldContactRules } from '../types';

/**
 * .cn: the extension table's fields (x-cn-owner-type, x-cn-owner-id-type, x-cn-owner-id-number) come from
 * extensions.ts; the one rule beyond their values: "for I only (SFZ, HZ, GAJMTX, TWJMTX, WJLSFZ, GAJZZ, TWJZZ, JGZ,
 * QT) allowed!" (DMAPI documentation, x-cn-owner-id-type), i.e. an individual owner proves identity with a personal
 * document, not a company one.
 */
export const cnRules: TldContactRules = {
  fields: [],
  validate(values) {
    const list = new ErrorList();
    const type = values['x-cn-owner-type']?.toUpperCase();
    const idType = values['x-cn-owner-id-type']?.toUpperCase();
    if (type === 'I' && idType !== undefined && !(CN_INDIVIDUAL_ID_TYPES as readonly string[]).includes(idType)) {
      list.add('x-cn-owner-id-type', `individuals (owner type I) may only use ${CN_INDIVIDUAL_ID_TYPES.join(', ')}`);
    }
    return list.errors;
  },
};
