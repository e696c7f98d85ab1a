/**
 * Jackson 3's generator and parser as the token interfaces of the format's one implementation,
 * shared by {@code rusdialog-export-json} and {@code rusdialog-jackson3}.
 *
 * <p><strong>Not API.</strong> Exported only to rusdialog's own modules; it may change in any
 * release and is left out of the API documentation and the compatibility check.
 */
package io.github.rusdialog.json.internal;
