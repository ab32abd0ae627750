package org.frontdesk.scheduling.fhir;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.frontdesk.scheduling.AppointmentQuery;
import org.frontdesk.scheduling.AppointmentSearch;
import org.frontdesk.scheduling.AppointmentType;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.InstantType;
import org.jspecify.annotations.Nullable;

/**
 * An appointment search's result, read from the database a page at a time when HAPI asks for it (the first page
 * now, the next ones when a client follows the {@code next} link, as the same user). Each page goes through
 * {@link AppointmentSearch}, which checks the permission again and audits the patients on that page only.
 */
final class AppointmentPages implements IBundleProvider {

    private final AppointmentSearch search;
    private final AppointmentQuery query;
    private final AppointmentWriter writer;
    private final Map<AppointmentTypeId, AppointmentType> types;
    private final int size;
    private final InstantType published = InstantType.withCurrentTime();

    AppointmentPages(AppointmentSearch search, AppointmentQuery query, AppointmentWriter writer,
            Map<AppointmentTypeId, AppointmentType> types) {
        this.search = search;
        this.query = query;
        this.writer = writer;
        this.types = Map.copyOf(types);
        this.size = search.count(query);
    }

    @Override
    public IPrimitiveType<Date> getPublished() {
        return published;
    }

    @Override
    public List<IBaseResource> getResources(int from, int to) {
        int limit = Math.min(Math.max(0, to - from), AppointmentSearch.MAX_PAGE);
        return search.find(query, from, limit).stream().<IBaseResource>map(a -> writer.write(a, types)).toList();
    }

    @Override
    public @Nullable String getUuid() {
        return null;
    }

    @Override
    public @Nullable Integer preferredPageSize() {
        return null;
    }

    @Override
    public Integer size() {
        return size;
    }
}
