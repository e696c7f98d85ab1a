/**
 * The region's responses across readings: {@link io.github.rusdialog.responses.ResponseCarryOver}
 * keeps each answer with its input when a summary or workbook is read again.
 *
 * @since 0.2.0
 */
package io.github.rusdialog.responses;
