/**
 * One way in: {@link io.github.rusdialog.read.DialogueReaders} reads any source
 * rusdialog understands — summaries in text, Markdown and Word, workbooks it wrote, its JSON —
 * giving each to the reader that {@linkplain io.github.rusdialog.read.MatchStrength matches} it
 * best, by content first and file extension second, and returns one {@link
 * io.github.rusdialog.read.ReadResult}. Readers plug in through {@link
 * io.github.rusdialog.read.DialogueReader} and {@link java.util.ServiceLoader}.
 *
 * @since 0.2.0
 */
package io.github.rusdialog.read;
