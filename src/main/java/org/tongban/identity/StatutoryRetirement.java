package org.tongban.identity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The statutory retirement age (法定退休年龄) under the NPC Standing Committee's decision of 13
 * September 2024 on gradually raising it (关于实施渐进式延迟法定退休年龄的决定), in force from 1
 * January 2025. Before the reform: men 60, women 55 (cadres, 原法定退休年龄五十五周岁) or 50 (workers,
 * 原法定退休年龄五十周岁). From 2025, Art. 1 of the Measures: men and women of the 55 category retire one
 * month later for every four months of birth after December 1964 and December 1969 respectively, up
 * to 63 and 58; women of the 50 category one month later for every two months of birth after
 * December 1974, up to 55. The decision's annexed tables are this formula, e.g. a man born in
 * January 1965 retires at 60 years and 1 month (February 2025), one born in January 1966 at 60 and 4
 * months (May 2026). Flexible early retirement and special posts ("国家另有规定的，从其规定") are
 * proven by a retirement certificate, never computed here. Pure.
 */
public enum StatutoryRetirement {
    /** Men: 60, rising to 63 for those born from January 1965. */
    MALE_60(60, YearMonth.of(1965, 1), 4, 36),
    /** Women whose statutory age was 55 (cadres): rising to 58 for those born from January 1970. */
    FEMALE_55(55, YearMonth.of(1970, 1), 4, 36),
    /** Women whose statutory age was 50 (workers): rising to 55 for those born from January 1975. */
    FEMALE_50(50, YearMonth.of(1975, 1), 2, 60);

    private final int originalAge;
    private final YearMonth firstDelayed;
    private final int monthsOfBirthPerMonthOfDelay;
    private final int maxDelayMonths;

    StatutoryRetirement(int originalAge, YearMonth firstDelayed, int monthsOfBirthPerMonthOfDelay, int maxDelay) {
        this.originalAge = originalAge;
        this.firstDelayed = firstDelayed;
        this.monthsOfBirthPerMonthOfDelay = monthsOfBirthPerMonthOfDelay;
        this.maxDelayMonths = maxDelay;
    }

    /** Months the reform adds for someone born on that day: 0 before the first delayed birth month. */
    public int delayMonths(LocalDate birthDate) {
        long after = ChronoUnit.MONTHS.between(firstDelayed, YearMonth.from(birthDate));
        if (after < 0) {
            return 0;
        }
        return (int) Math.min(maxDelayMonths, after / monthsOfBirthPerMonthOfDelay + 1);
    }

    /** The day the statutory retirement age is reached: the birthday in the month it falls in. */
    public LocalDate reachedOn(LocalDate birthDate) {
        return birthDate.plusYears(originalAge).plusMonths(delayMonths(birthDate));
    }

    public boolean reached(LocalDate birthDate, LocalDate today) {
        return !today.isBefore(reachedOn(birthDate));
    }

    /** The key rules read it under: {@code male-60}, {@code female-55}, {@code female-50}. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Whether the category can be the person's at all: the male category for men, the others for women. */
    public boolean appliesTo(boolean male) {
        return (this == MALE_60) == male;
    }
}
