// Text from the graph file is data: before it goes into an SVG it loses what XML 1.0 cannot hold
// (control characters, lone surrogates, U+FFFE/U+FFFF), which would make the file unreadable.

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with the characters XML 1.0 forbids replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** Text or an attribute value for XML written as a string: safe characters, markup escaped. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
