/**
 * What rusdialog's reader modules share and users do not see: the one shape of a {@link
 * io.github.rusdialog.read.DialogueReader} ({@link io.github.rusdialog.internal.read.FormatReader}),
 * core's own text reader, and the door into the summary rules for readers that know more of a
 * paragraph than its text ({@link io.github.rusdialog.internal.read.SummaryBlocks}). Exported only
 * to the reader modules; not API.
 */
package io.github.rusdialog.internal.read;
