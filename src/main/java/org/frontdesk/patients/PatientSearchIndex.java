package org.frontdesk.patients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * An in-memory Lucene index over the names, dates of birth, phones and MRNs of all patients, kept in step with
 * PostgreSQL (see {@link PatientSearchIndexSync}). PostgreSQL stays the source of truth: the index only yields
 * ranked patient ids, and the rows are then read from the database.
 *
 * <p>Why not SQL: a {@code pg_trgm} similarity query over a million names scans long posting lists for common
 * trigrams (p95 70 ms here); Lucene's Levenshtein automata and phonetic keys answer in a few milliseconds.
 */
@Component
class PatientSearchIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final String NAME = "name";
    /** Family, given and preferred names: a match here outranks one on a middle name. */
    private static final String PRIMARY_NAME = "primaryName";
    private static final String PHONETIC = "phonetic";
    private static final String BIRTH_DATE = "dob";
    private static final String PHONE = "phone";
    private static final String MRN = "mrn";
    private static final String SORT_NAME = "sortName";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Reopens the searcher for writers that wait for their change: concurrent registrations share one reopen
     * instead of each paying for its own.
     */
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

    PatientSearchIndex() {
        try {
            var config = new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
            reopener = new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.002);
            reopener.setName("patient-search-reopen");
            reopener.setDaemon(true);
            reopener.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds or replaces a patient.
     *
     * @return the change's generation, for {@link #waitUntilVisible(long)}; bulk loads call {@link #refresh()}
     */
    long put(Patient patient) {
        try {
            return writer.updateDocument(new Term(ID, patient.id().toString()), document(patient));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blocks until searches see the change, so that a clerk finds the patient they just registered. */
    void waitUntilVisible(long generation) {
        try {
            reopener.waitForGeneration(generation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clear() {
        try {
            writer.deleteAll();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Patient ids, best match first. */
    List<UUID> search(PatientQuery query, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        try {
            var searcher = searchers.acquire();
            try {
                var sort = new Sort(SortField.FIELD_SCORE, new SortField(SORT_NAME, SortField.Type.STRING));
                var hits = searcher.search(toLucene(query), limit, sort);
                var ids = new ArrayList<UUID>(hits.scoreDocs.length);
                var storedFields = searcher.storedFields();
                for (var hit : hits.scoreDocs) {
                    ids.add(UUID.fromString(storedFields.document(hit.doc).get(ID)));
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return writer.getDocStats().numDocs;
    }

    private static Query toLucene(PatientQuery query) {
        var all = new BooleanQuery.Builder();
        for (var token : query.nameTokens()) {
            all.add(nameClause(token), Occur.MUST);
        }
        if (query.birthDate() != null) {
            all.add(new TermQuery(new Term(BIRTH_DATE, query.birthDate().toString())), Occur.FILTER);
        }
        if (query.phoneDigits() != null) {
            all.add(new TermQuery(new Term(PHONE, query.phoneDigits())), Occur.FILTER);
        }
        if (query.mrn() != null) {
            all.add(new TermQuery(new Term(MRN, query.mrn())), Occur.FILTER);
        }
        return all.build();
    }

    /**
     * One name fragment matches exactly, as a prefix (typing in progress), by sound, or within one or two typing
     * errors; each way scores a fixed amount so that ranking reads as "exact before prefix before sound-alike
     * before one typo before two", and a family or given name outranks a middle name.
     */
    private static Query nameClause(String token) {
        var ways = new BooleanQuery.Builder();
        ways.add(scored(new TermQuery(new Term(NAME, token)), 8f), Occur.SHOULD);
        ways.add(scored(new TermQuery(new Term(PRIMARY_NAME, token)), 3f), Occur.SHOULD);
        if (token.length() >= 2) {
            ways.add(scored(new PrefixQuery(new Term(NAME, token)), 4f), Occur.SHOULD);
        }
        for (var key : NameTokens.phoneticKeys(token)) {
            ways.add(scored(new TermQuery(new Term(PHONETIC, key)), 2f), Occur.SHOULD);
        }
        if (token.length() >= 3) {
            // a slip in the first letter too (Khou/Chou): no fixed prefix for one edit
            ways.add(scored(new FuzzyQuery(new Term(NAME, token), 1, 0, 50, true), 1.5f), Occur.SHOULD);
        }
        if (token.length() >= 5) {
            ways.add(scored(new FuzzyQuery(new Term(NAME, token), 2, 1, 50, true), 1f), Occur.SHOULD);
        }
        return ways.build();
    }

    private static Query scored(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    private static Document document(Patient patient) {
        var details = patient.details();
        var doc = new Document();
        doc.add(new StringField(ID, patient.id().toString(), Field.Store.YES));
        var primary = new ArrayList<String>();
        primary.addAll(NameTokens.tokens(details.name().family()));
        primary.addAll(NameTokens.tokens(details.name().given()));
        if (details.preferredName() != null) {
            primary.addAll(NameTokens.tokens(details.preferredName()));
        }
        primary.forEach(name -> doc.add(new StringField(PRIMARY_NAME, name, Field.Store.NO)));
        var names = new ArrayList<String>(primary);
        if (details.name().middle() != null) {
            names.addAll(NameTokens.tokens(details.name().middle()));
        }
        for (var name : names) {
            doc.add(new StringField(NAME, name, Field.Store.NO));
            for (var key : NameTokens.phoneticKeys(name)) {
                doc.add(new StringField(PHONETIC, key, Field.Store.NO));
            }
        }
        doc.add(new StringField(BIRTH_DATE, details.birthDate().toString(), Field.Store.NO));
        if (details.mobilePhone() != null) {
            doc.add(new StringField(PHONE, details.mobilePhone().digits(), Field.Store.NO));
        }
        if (details.homePhone() != null) {
            doc.add(new StringField(PHONE, details.homePhone().digits(), Field.Store.NO));
        }
        doc.add(new StringField(MRN, patient.mrn().value(), Field.Store.NO));
        // Inactive patients sort after active ones with the same score.
        var sortName = (patient.active() ? "0" : "1") + details.name().filingName();
        doc.add(new SortedDocValuesField(SORT_NAME, new BytesRef(sortName)));
        return doc;
    }

    @Override
    public void close() throws IOException {
        reopener.close();
        searchers.close();
        writer.close();
        directory.close();
    }
}
