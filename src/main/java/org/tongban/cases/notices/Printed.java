package org.tongban.cases.notices;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything printed on a notice, every text already in the notice's language.
 *
 * @param entries each a label and its values, in the order printed
 * @param replaces the number of the notice this one corrects, or null
 * @param code the verification code, printed and encoded in the QR code with {@code verifyUrl}
 */
record Printed(
        String title,
        String number,
        String applicationNumber,
        String applicant,
        String item,
        String intro,
        List<Line> entries,
        String legalBasis,
        String replaces,
        String issuer,
        String window,
        LocalDate issuedOn,
        String code,
        String verifyUrl,
        Labels labels) {

    /** A label and its values: one value follows the label, several are numbered below it. */
    record Line(String label, List<String> values) {}

    /** The fixed labels of every notice. */
    record Labels(
            String number,
            String application,
            String applicant,
            String item,
            String legalBasis,
            String replaces,
            String issuer,
            String window,
            String issuedOn,
            String code,
            String verify,
            String seal) {

        static Labels of(NoticeTexts texts) {
            return new Labels(
                    texts.label("number"),
                    texts.label("application"),
                    texts.label("applicant"),
                    texts.label("item"),
                    texts.label("legalBasis"),
                    texts.label("replaces"),
                    texts.label("issuer"),
                    texts.label("window"),
                    texts.label("issuedOn"),
                    texts.label("verificationCode"),
                    texts.label("verify"),
                    texts.label("seal"));
        }
    }
}
