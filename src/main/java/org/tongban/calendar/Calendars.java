package org.tongban.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.common.Change;
import org.tongban.common.Clocks;
import org.tongban.common.ProblemException;

/**
 * The calendar as stored: read fresh from the database each time (a few dozen rows), so an
 * imported year is seen by every instance at once.
 */
@ApplicationScoped
public class Calendars {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * The calendar as committed, read once per transaction: a submission approved on the spot reads
     * it once, not once per action, while it holds the lock on the day's application numbers.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkCalendar current() {
        boolean inTransaction = transactions.getTransactionKey() != null;
        if (inTransaction && transactions.getResource(Calendars.class) instanceof WorkCalendar read) {
            return read;
        }
        Set<Integer> years =
                CalendarYear.<CalendarYear>listAll().stream().map(y -> y.year).collect(Collectors.toSet());
        Map<LocalDate, Boolean> exceptions =
                CalendarDay.<CalendarDay>listAll().stream().collect(Collectors.toMap(d -> d.day, d -> d.offDay));
        var calendar = new WorkCalendar(years, exceptions);
        if (inTransaction) {
            transactions.putResource(Calendars.class, calendar);
        }
        return calendar;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Integer> knownYears() {
        return CalendarYear.<CalendarYear>listAll().stream()
                .map(y -> y.year)
                .sorted()
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HolidayArrangement arrangement(int year) {
        CalendarYear known = CalendarYear.findById(year);
        if (known == null) {
            throw new UnknownCalendarYearException(year);
        }
        // A projection, not entities: importYear replaces these rows right after comparing.
        List<HolidayArrangement.Day> days = em.createQuery(
                        "SELECT new org.tongban.calendar.HolidayArrangement$Day(d.name, d.day, d.offDay)"
                                + " FROM CalendarDay d WHERE d.year = ?1 ORDER BY d.day",
                        HolidayArrangement.Day.class)
                .setParameter(1, year)
                .getResultList();
        List<String> papers =
                known.papers == null || known.papers.isEmpty() ? List.of() : Arrays.asList(known.papers.split("\n"));
        return new HolidayArrangement(year, papers, days);
    }

    /** Imports (or replaces) one year. */
    @Transactional
    public Change importYear(Actor actor, HolidayArrangement arrangement) {
        var problems = arrangement.problems();
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("The holiday arrangement cannot be imported", problems);
        }
        HolidayArrangement before =
                CalendarYear.findById(arrangement.year()) == null ? null : arrangement(arrangement.year());
        Change change = Change.of(before, arrangement);
        if (change == Change.UNCHANGED) {
            return change;
        }
        CalendarDay.delete("year", arrangement.year());
        CalendarYear year = CalendarYear.findById(arrangement.year());
        if (year == null) {
            year = new CalendarYear();
            year.year = arrangement.year();
        }
        year.papers = String.join("\n", arrangement.papers() == null ? List.of() : arrangement.papers());
        year.importedAt = Clocks.utcNow(clock);
        year.importedBy = actor.id();
        year.persist();
        for (HolidayArrangement.Day day : arrangement.days()) {
            var row = new CalendarDay();
            row.day = day.date();
            row.year = arrangement.year();
            row.offDay = day.isOffDay();
            row.name = day.name();
            row.persist();
        }
        audit.record(
                actor,
                "calendar.import",
                "calendar-year",
                String.valueOf(arrangement.year()),
                null,
                before,
                arrangement);
        return change;
    }
}
