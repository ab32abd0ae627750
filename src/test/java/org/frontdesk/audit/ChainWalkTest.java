package org.frontdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.frontdesk.audit.AuditChain.StoredFields;
import org.frontdesk.audit.ChainWalk.StoredLink;
import org.junit.jupiter.api.Test;
import java.util.HexFormat;

class ChainWalkTest {

    private static final AuditChain CHAIN = new AuditChain("test-key");
    private static final Instant START = Instant.parse("2026-11-23T14:00:00Z");

    @Test
    void anUntouchedChainIsIntact() {
        var links = chain(5);

        var result = walk(links);

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
        assertThat(result.firstBrokenId()).isNull();
        assertThat(result.lastIntact()).isEqualTo(new ChainHead(5, START.plusSeconds(5),
                HexFormat.of().formatHex(links.getLast().hash())));
    }

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(walk(List.of())).isEqualTo(new ChainVerification(true, 0, null, null, 0));
    }

    @Test
    void anEditedFieldBreaksTheChainAtThatEntry() {
        var links = chain(5);
        links.set(2, edited(links.get(2), f -> new StoredFields(f.id(), f.occurredAt(), "someone-else", f.role(),
                f.action(), f.outcome(), f.resourceType(), f.resourceId(), f.patientIds(), f.clientAddress(),
                f.channel(), f.detail())));

        var result = walk(links);

        assertThat(result).extracting(ChainVerification::intact, ChainVerification::checked,
                ChainVerification::firstBrokenId).containsExactly(false, 3L, 3L);
        assertThat(result.lastIntact().id()).as("the last entry still intact, before the break").isEqualTo(2);
    }

    @Test
    void aMissingEntryIsNamedByItsId() {
        var links = chain(5);
        links.remove(1);

        assertThat(walk(links)).extracting(ChainVerification::intact, ChainVerification::checked,
                ChainVerification::firstBrokenId).containsExactly(false, 2L, 2L);
    }

    @Test
    void aMissingFirstEntryIsFound() {
        var links = chain(3);
        links.removeFirst();

        assertThat(walk(links).firstBrokenId()).isEqualTo(1L);
    }

    @Test
    void anEntryRehashedWithoutTheKeyIsFound() {
        var links = chain(4);
        var forger = new AuditChain("a-guessed-key");
        var victim = links.get(1);
        links.set(1, new StoredLink(victim.fields(), victim.previousHash(),
                forger.link(victim.previousHash(), victim.fields())));

        assertThat(walk(links).firstBrokenId()).isEqualTo(2L);
    }

    @Test
    void aRelinkedPreviousHashIsFound() {
        var links = chain(4);
        var victim = links.get(3);
        links.set(3, new StoredLink(victim.fields(), new byte[32], victim.hash()));

        assertThat(walk(links).firstBrokenId()).isEqualTo(4L);
    }

    /** The walk keeps one hash, whatever the trail's length: a million entries pass through without a list. */
    @Test
    void walksAMillionEntriesWithoutHoldingThem() {
        var walk = new ChainWalk(CHAIN);
        byte[] previous = AuditChain.GENESIS;
        int count = 1_000_000;
        for (int id = 1; id <= count; id++) {
            var link = link(id, previous);
            walk.accept(link);
            previous = link.hash();
        }

        assertThat(walk.result()).extracting(ChainVerification::intact, ChainVerification::checked)
                .containsExactly(true, (long) count);
    }

    private static ChainVerification walk(List<StoredLink> links) {
        var walk = new ChainWalk(CHAIN);
        links.forEach(walk::accept);
        return walk.result();
    }

    private static List<StoredLink> chain(int length) {
        var links = new ArrayList<StoredLink>();
        byte[] previous = AuditChain.GENESIS;
        for (int id = 1; id <= length; id++) {
            var link = link(id, previous);
            links.add(link);
            previous = link.hash();
        }
        return links;
    }

    private static StoredLink link(long id, byte[] previous) {
        var fields = new StoredFields(id, START.plusSeconds(id), "frontdesk", "FRONT_DESK", "READ", "SUCCESS",
                "Patient", null, List.of(new UUID(0, id)), "127.0.0.1", "UI", null);
        return new StoredLink(fields, previous, CHAIN.link(previous, fields));
    }

    private static StoredLink edited(StoredLink link, UnaryOperator<StoredFields> edit) {
        return new StoredLink(edit.apply(link.fields()), link.previousHash(), link.hash());
    }
}
