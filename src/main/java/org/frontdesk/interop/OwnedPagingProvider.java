package org.frontdesk.interop;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps search results in memory for next/previous links, and hands a page only to the user who searched: the
 * page id in a link is a bearer of PHI, and another user (say, an administrator without patient access) must not
 * be able to open it.
 */
class OwnedPagingProvider extends FifoMemoryPagingProvider {

    private final int size;
    private final Map<String, String> owners;

    OwnedPagingProvider(int size) {
        super(size);
        this.size = size;
        this.owners = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > OwnedPagingProvider.this.size;
            }
        };
    }

    @Override
    public synchronized String storeResultList(@Nullable RequestDetails request, IBundleProvider list) {
        var id = super.storeResultList(request, list);
        owners.put(id, currentUser());
        return id;
    }

    @Override
    public synchronized @Nullable IBundleProvider retrieveResultList(@Nullable RequestDetails request, String id) {
        if (!currentUser().equals(owners.get(id))) {
            var message = "This page of results has expired or belongs to another user's search.";
            throw new ResourceGoneException(message, OperationOutcomes.error(IssueType.EXPIRED, message));
        }
        return super.retrieveResultList(request, id);
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }
}
