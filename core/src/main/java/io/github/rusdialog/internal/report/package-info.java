/**
 * What the PDF and HTML exporters share beyond the public export API: reading a setting that takes
 * one of a few words, the inputs of a meeting still open, the rows of the synthesis's answer tables.
 *
 * <p><strong>Not API.</strong> Exported only to rusdialog's own report modules; on the class path
 * the types are visible, but they may change in any release, are left out of the API documentation
 * and of the compatibility check.
 */
package io.github.rusdialog.internal.report;
