/**
 * One walk over every text of a dialogue with its place, for what checks, counts or lists texts:
 * the exporters' checks before a byte is written, the testkit's every-word proof, the response
 * carry-over's inputs, the feedback's open inputs. Exported only to rusdialog's own modules; not API.
 */
package io.github.rusdialog.internal.texts;
