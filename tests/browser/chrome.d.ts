/** Code passed to worker/page.evaluate runs where the extension API exists. */
declare const chrome: any;
