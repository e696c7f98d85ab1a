/**
 * The rusdialog JSON format, written and read through a small token interface so that the Jackson
 * 3 exporter and reader ({@code rusdialog-export-json}) and the native Jackson 2 module ({@code
 * rusdialog-jackson2}) share one implementation of the shape and its strict rules without one
 * Jackson line depending on the other.
 *
 * <p><strong>Not API.</strong> Exported only to rusdialog's own JSON modules; on the class path the
 * types are visible, but they may change in any release, are left out of the API documentation
 * and of the compatibility check.
 */
package io.github.rusdialog.internal.json;
