/** The bundle version health reports. Must equal package.json's version (a test checks). */
export const BUNDLE_VERSION = '0.1.0';
