package org.frontdesk.scheduling.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.frontdesk.scheduling.AppointmentStatus;
import org.frontdesk.scheduling.FlowBoard.Board;
import org.frontdesk.scheduling.Visit;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The flow board as the template renders it.
 *
 * @param pollLink where the page asks whether the board changed: ids and the change mark only
 * @param serverNow when the board was read (epoch ms): the page's script measures waits against the server's clock,
 *     not the desk computer's
 */
record BoardView(Board board, String heading, String pollLink, List<BoardRow> rows, long serverNow, long expected,
        long waiting, long withProvider, long checkedOut) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

    /** @param changed the appointment the clerk just moved (or tried to), to be picked out; null for none */
    static BoardView of(Board board, @Nullable String changed) {
        var visits = board.visits();
        var query = UriComponentsBuilder.newInstance().queryParam("location", board.location().id())
                .queryParamIfPresent("provider", Optional.ofNullable(board.provider())).build().toUriString();
        return new BoardView(board,
                board.location().name() + " · " + DAY.format(board.day()),
                "/flow/board" + query + "&since=" + board.mark(),
                visits.stream().map(v -> BoardRow.of(v, board.asOf(), query, v.id().toString().equals(changed)))
                        .toList(),
                board.asOf().toEpochMilli(),
                count(visits, AppointmentStatus.BOOKED) + count(visits, AppointmentStatus.CONFIRMED),
                visits.stream().filter(Visit::waiting).count(),
                count(visits, AppointmentStatus.WITH_PROVIDER),
                count(visits, AppointmentStatus.CHECKED_OUT));
    }

    /** From when a wait shows as long. */
    public long longWaitSeconds() {
        return Visit.LONG_WAIT.toSeconds();
    }

    /** From when a wait shows as overdue. */
    public long overdueWaitSeconds() {
        return Visit.OVERDUE_WAIT.toSeconds();
    }

    private static long count(List<Visit> visits, AppointmentStatus status) {
        return visits.stream().filter(v -> v.status() == status).count();
    }
}
