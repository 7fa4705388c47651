package org.tongban.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.common.Change;
import org.tongban.common.Clocks;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;
import org.tongban.reference.ReferenceKind;
import org.tongban.reference.ReferenceSnapshot;
import org.tongban.reference.ReferenceVersions;

/**
 * The calendar as stored, served from memory: an imported year bumps the calendar's reference
 * version in its transaction, so every instance sees it within a second (see {@link ReferenceVersions}).
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
    ReferenceVersions versions;

    private ReferenceSnapshot<WorkCalendar> snapshot;

    @PostConstruct
    void init() {
        snapshot = versions.snapshot(ReferenceKind.CALENDAR, Calendars::read);
    }

    /** The calendar as committed, from memory (see {@link ReferenceVersions}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkCalendar current() {
        return snapshot.get();
    }

    private static WorkCalendar read(Session session) {
        Set<Integer> years = Set.copyOf(session.createQuery("SELECT y.year FROM CalendarYear y", Integer.class)
                .getResultList());
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        session.createQuery("SELECT d.day, d.offDay FROM CalendarDay d", Object[].class)
                .getResultList()
                .forEach(row -> exceptions.put((LocalDate) row[0], (Boolean) row[1]));
        return new WorkCalendar(years, exceptions);
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
            throw ProblemException.unprocessable(Message.of("calendars.cannot-import"), problems);
        }
        HolidayArrangement before =
                CalendarYear.findById(arrangement.year()) == null ? null : arrangement(arrangement.year());
        Change change = Change.of(before, arrangement);
        if (change == Change.UNCHANGED) {
            return change;
        }
        versions.changed(ReferenceKind.CALENDAR);
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
