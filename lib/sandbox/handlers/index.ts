/**
 * Imports every handler area so its registerHandler calls run. One line per area file; B and C add their own lines
 * when their files exist (a missing file must not be listed here, or the build breaks).
 */
import './session';
import './results';
import './account';
import './orders';
import './domain-list';
import './domain-check';
import './domain-register';
import './domain-renew';
import './domain-delete';
import '../rules/verification';
import '../rules/expiry';
import './contacts';
import './hosts';
import './zones';
import './properties';
import './privacy';
import './domain-modify';
import './owner-change';
import './transfers';
import './transfer-start';
import './auth-id';
import './verification';
import './whois';
import './grants';
import './session-info';
import './price-list';
import './redeem';
import '../rules/redemption';
import './v2-contact';
import './tld-info';
import './public-whois';
