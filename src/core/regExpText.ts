// Text matched literally inside a JavaScript regular expression.

/** `text` with every character a RegExp reads as syntax escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
