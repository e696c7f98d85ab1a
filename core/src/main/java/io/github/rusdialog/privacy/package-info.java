/**
 * Personal data in a dialogue's texts: {@link io.github.rusdialog.privacy.PersonalData} finds
 * Swedish personal identity and co-ordination numbers, e-mail addresses and mobile numbers, so that
 * reading warns of them and publishing formats refuse them unless allowed.
 *
 * @since 0.2.0
 */
package io.github.rusdialog.privacy;
