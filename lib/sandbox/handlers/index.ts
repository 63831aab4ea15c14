/**
 * Imports every handler area so its registerHandler calls run. One line per area file; B and C add their own lines
 * when their files exist (a missing file must not be listed here, or the build breaks).
 */
import './session';
import './domain-list';
