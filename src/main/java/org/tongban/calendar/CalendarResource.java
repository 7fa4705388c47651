package org.tongban.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;

/** The one working-day calendar of the service, for anyone to check a deadline against. */
@Path("/api/v1/calendar")
@Tag(name = "Working-day calendar")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CalendarResource {

    @Inject
    Calendars calendars;

    public record Deadline(LocalDate from, int workingDays, LocalDate due) {}

    public record WorkingDays(LocalDate from, LocalDate to, int workingDays) {}

    @GET
    @Path("/deadline")
    @Operation(
            summary = "Due date of a period in working days",
            description = "The start day is not counted; holidays are skipped and make-up working days count. A date"
                    + " in a year without an imported calendar is refused (422), never guessed.")
    @APIResponse(
            responseCode = "200",
            description = "The due date",
            content = @Content(schema = @Schema(implementation = Deadline.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Deadline deadline(
            @QueryParam("from") @NotNull LocalDate from,
            @QueryParam("workingDays") @NotNull @Min(0) @Max(3650) Integer workingDays) {
        return new Deadline(from, workingDays, calendars.current().addWorkingDays(from, workingDays));
    }

    /** The widest range counted: two years, leap day included. */
    static final int MAX_RANGE_DAYS = 731;

    @GET
    @Path("/working-days")
    @Operation(
            summary = "Working days between two dates",
            description = "Counts the working days after from up to and including to; negative when to is before from."
                    + " The two dates may be at most " + MAX_RANGE_DAYS + " days apart.")
    @APIResponse(
            responseCode = "200",
            description = "The count",
            content = @Content(schema = @Schema(implementation = WorkingDays.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public WorkingDays workingDays(
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        if (Math.abs(ChronoUnit.DAYS.between(from, to)) > MAX_RANGE_DAYS) {
            throw ProblemException.badRequest(
                    Message.of("calendars.range-too-wide"),
                    List.of(new FieldError("to", "range-too-wide", "calendars.at-most-days", MAX_RANGE_DAYS, from)));
        }
        return new WorkingDays(from, to, calendars.current().workingDaysBetween(from, to));
    }

    @GET
    @Path("/years")
    @Operation(summary = "Years with an imported calendar")
    public List<Integer> years() {
        return calendars.knownYears();
    }

    @GET
    @Path("/years/{year}")
    @Operation(
            summary = "One year's holidays and make-up working days",
            description = "In the holiday-cn exchange shape.")
    @APIResponse(
            responseCode = "200",
            description = "The arrangement",
            content = @Content(schema = @Schema(implementation = HolidayArrangement.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public HolidayArrangement year(@PathParam("year") int year) {
        return calendars.arrangement(year);
    }
}
